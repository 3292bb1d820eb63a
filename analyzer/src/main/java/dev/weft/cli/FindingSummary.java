package dev.weft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Short lines about a finding of a JSON report, for listings such as {@code weft demo}'s. */
final class FindingSummary {

    private FindingSummary() { }

    /** One line: the kind and who is involved. */
    static String headline(JsonNode finding) {
        String kind = finding.path("kind").asText();
        List<String> names = SampleRun.threadNames(finding);
        if (names.isEmpty()) {
            return kind;
        }
        return kind + " of " + names.size() + " thread" + (names.size() == 1 ? "" : "s") + ": \"" + String.join("\", \"", names) + "\"";
    }

    /** A line per thread: what it waits for, where, and who holds it. */
    static List<String> details(JsonNode finding) {
        Map<String, String> holders = new HashMap<>();
        for (JsonNode lock : finding.path("locks")) {
            List<String> names = new ArrayList<>();
            lock.path("heldBy").forEach(holder -> names.add('"' + holder.asText() + '"'));
            holders.put(lock.path("name").asText(), String.join(" and ", names));
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode thread : finding.path("threads")) {
            StringBuilder line = new StringBuilder("\"" + thread.path("name").asText() + "\"");
            if (thread.hasNonNull("waitsFor")) {
                line.append(" waits for ").append(thread.path("waitsFor").asText());
            }
            if (thread.hasNonNull("waitSite")) {
                line.append(" at ").append(thread.path("waitSite").asText());
            }
            String holder = holders.get(thread.path("waitsFor").asText());
            if (holder != null && !holder.isEmpty()) {
                line.append(", held by ").append(holder);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
