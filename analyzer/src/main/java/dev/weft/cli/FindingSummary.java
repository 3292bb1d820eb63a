package dev.weft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Short lines about a finding of a JSON report, for listings such as {@code weft demo}'s. */
final class FindingSummary {

    private FindingSummary() { }

    /** One line: the kind and who or what is involved. */
    static String headline(JsonNode finding) {
        String kind = finding.path("kind").asText();
        List<String> names = threadNames(finding);
        String who = names.isEmpty() ? "" : " between \"" + String.join("\", \"", names) + "\"";
        return switch (kind) {
            case "race" -> "data race on " + finding.path("field").asText() + who;
            case "lock-order" -> "lock-order inversion (potential deadlock) of " + finding.path("locks").size() + " locks" + who;
            case "starvation" -> "starvation of \"" + String.join("\", \"", texts(finding.path("starved")))
                    + "\" by \"" + finding.path("thread").asText() + "\" spinning in " + finding.path("site").asText();
            default -> kind + " of " + names.size() + " thread" + (names.size() == 1 ? "" : "s") + who;
        };
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** The names of the threads a finding names, each once, in order. */
    static List<String> threadNames(JsonNode finding) {
        Set<String> names = new LinkedHashSet<>();
        if (finding.has("thread")) { // a starvation: the spinning thread, then the starved ones
            names.add(finding.path("thread").asText());
            names.addAll(texts(finding.path("starved")));
        }
        for (String list : List.of("threads", "accesses", "edges")) {
            for (JsonNode entry : finding.path(list)) {
                JsonNode name = entry.has("name") ? entry.path("name") : entry.path("thread");
                if (!name.isMissingNode()) {
                    names.add(name.asText());
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** A line per thread, access or edge: what it did, and where. */
    static List<String> details(JsonNode finding) {
        return switch (finding.path("kind").asText()) {
            case "race" -> accesses(finding);
            case "lock-order" -> edges(finding);
            default -> waits(finding);
        };
    }

    private static List<String> waits(JsonNode finding) {
        Map<String, String> holders = new HashMap<>();
        for (JsonNode lock : finding.path("locks")) {
            List<String> names = new ArrayList<>();
            lock.path("heldBy").forEach(holder -> names.add('"' + holder.asText() + '"'));
            holders.put(lock.path("name").asText(), String.join(" and ", names));
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode thread : finding.path("threads")) {
            StringBuilder line = new StringBuilder("\"" + thread.path("name").asText() + "\"");
            line.append(" waits for ").append(thread.path("waitsFor").asText());
            line.append(" at ").append(thread.path("waitSite").asText());
            String holder = holders.get(thread.path("waitsFor").asText());
            if (holder != null && !holder.isEmpty()) {
                line.append(", held by ").append(holder);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> accesses(JsonNode finding) {
        List<String> lines = new ArrayList<>();
        for (JsonNode access : finding.path("accesses")) {
            lines.add("\"" + access.path("thread").asText() + "\" " + access.path("op").asText() + "s at " + access.path("site").asText());
        }
        return lines;
    }

    private static List<String> edges(JsonNode finding) {
        List<String> lines = new ArrayList<>();
        for (JsonNode edge : finding.path("edges")) {
            lines.add("\"" + edge.path("thread").asText() + "\" takes " + edge.path("to").asText() + " at " + edge.path("toSite").asText()
                    + " while holding " + edge.path("from").asText() + " (taken at " + edge.path("fromSite").asText() + ")");
        }
        return lines;
    }
}
