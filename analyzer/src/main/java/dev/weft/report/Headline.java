package dev.weft.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.trace.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One sentence that says what a finding is, made from its JSON form (so it covers kinds and keys newer
 * than this model, like {@code starvation}): the message of a SARIF result, the title of an HTML section.
 * Also reads the sites the JSON form holds as stack trace lines.
 */
public final class Headline {

    private Headline() { }

    /** What {@code finding} (a finding of the JSON report) is, in one sentence. */
    public static String of(JsonNode finding) {
        String kind = finding.path("kind").asText();
        return switch (kind) {
            case DeadlockFinding.KIND -> deadlock(finding);
            case LockOrderFinding.KIND -> lockOrder(finding);
            case RaceFinding.KIND -> race(finding);
            case "starvation" -> "Starvation: thread \"" + finding.path("thread").asText() + "\" spins at "
                    + finding.path("site").asText("?") + " while " + quoted(texts(finding.path("starved")))
                    + " cannot run.";
            default -> "Finding of kind " + kind + " (" + finding.path("id").asText() + ").";
        };
    }

    /** The site written as {@code text} (a stack trace line), or empty when it is missing or not one. */
    public static Optional<Site> site(JsonNode text) {
        if (!text.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Site.parse(text.asText()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The strings of a JSON array (empty when it is not one). */
    public static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static String deadlock(JsonNode d) {
        List<String> steps = new ArrayList<>();
        JsonNode threads = d.path("threads");
        for (int i = 0; i < threads.size(); i++) {
            JsonNode thread = threads.get(i);
            JsonNode holder = threads.get((i + 1) % threads.size());
            String itself = holder == thread ? "itself" : "\"" + holder.path("name").asText() + "\"";
            String waitsFor = thread.path("waitsFor").asText();
            steps.add("\"" + thread.path("name").asText() + "\" waits at " + thread.path("waitSite").asText()
                    + " for " + waitsFor + (isHeld(d, waitsFor) ? ", held by " + itself : ""));
        }
        return "Deadlock of " + threads.size() + (threads.size() == 1 ? " thread: " : " threads: ")
                + String.join("; ", steps) + ".";
    }

    /** Whether threads hold what a deadlocked thread waits for: not a latch, a queue, a future... nobody holds. */
    private static boolean isHeld(JsonNode deadlock, String waitsFor) {
        for (JsonNode lock : deadlock.path("locks")) {
            if (lock.path("name").asText().equals(waitsFor)) {
                return Set.of("monitor", "lock", "read-write-lock", "thread", "semaphore").contains(lock.path("kind").asText());
            }
        }
        return true;
    }

    private static String lockOrder(JsonNode f) {
        List<String> steps = new ArrayList<>();
        for (JsonNode edge : f.path("edges")) {
            steps.add("\"" + edge.path("thread").asText() + "\" holds " + edge.path("from").asText() + " and asks for "
                    + edge.path("to").asText() + " at " + edge.path("toSite").asText());
        }
        return "Potential deadlock (lock-order inversion): " + String.join("; ", steps) + ".";
    }

    private static String race(JsonNode r) {
        JsonNode current = r.path("accesses").path(0);
        JsonNode prior = r.path("accesses").path(1);
        String variable = r.path("field").asText() + (r.has("index") ? " (index " + r.path("index").asText() + ")" : "");
        return "Data race on " + variable + ": " + current.path("op").asText() + " by \"" + current.path("thread").asText()
                + "\" at " + current.path("site").asText() + " and " + prior.path("op").asText() + " by \""
                + prior.path("thread").asText() + "\" at " + prior.path("site").asText() + ", unordered by happens-before.";
    }

    private static String quoted(List<String> names) {
        return names.isEmpty() ? "other threads" : "\"" + String.join("\", \"", names) + "\"";
    }
}
