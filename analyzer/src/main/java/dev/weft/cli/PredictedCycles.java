package dev.weft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;

/**
 * The potential deadlocks ({@code lock-order} predictions) that the iterations of a {@code weft explore}
 * search reported without deadlocking, queued for later iterations to steer toward ({@code confirm=}), each
 * distinct cycle (finding id) once. Not thread-safe.
 */
final class PredictedCycles {

    /**
     * A prediction to steer toward.
     *
     * @param id        the finding's id, e.g. {@code lock-order:b9932ba9c78751f5}
     * @param report    the report file that holds it (what {@code confirm=REPORT#ID} names)
     * @param iteration the iteration that predicted it
     * @param finding   the finding itself
     */
    record Prediction(String id, Path report, int iteration, JsonNode finding) {

        /** {@code confirm=}'s value for this prediction. */
        String confirmOption() {
            return report.toAbsolutePath() + "#" + id;
        }
    }

    private final Queue<Prediction> queue = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private final Set<Path> reports = new LinkedHashSet<>();

    /**
     * Queues the unconfirmed {@code lock-order} findings among {@code findings} whose cycle was not queued
     * before.
     *
     * @param report    where the report that holds them will be kept until they are steered toward
     * @param iteration the iteration that reported them
     * @return how many were queued: when none, {@code report} need not be kept
     */
    int add(List<JsonNode> findings, Path report, int iteration) {
        int added = 0;
        for (JsonNode finding : findings) {
            String id = finding.path("id").asText("");
            if ("lock-order".equals(finding.path("kind").asText()) && !finding.path("confirmed").asBoolean(false)
                    && !id.isEmpty() && seen.add(id)) {
                queue.add(new Prediction(id, report, iteration, finding));
                added++;
            }
        }
        if (added > 0) {
            reports.add(report);
        }
        return added;
    }

    /** The next prediction to steer toward (removed from the queue), or {@code null} when none is left. */
    Prediction next() {
        return queue.poll();
    }

    /** The report files that {@link #add} was told to keep, to delete at the end of the search. */
    Set<Path> reports() {
        return reports;
    }
}
