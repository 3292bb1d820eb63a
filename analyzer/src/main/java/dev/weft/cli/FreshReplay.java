package dev.weft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.cli.control.ControlledRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check {@code weft explore} makes when a schedule run in a shared JVM ({@code --schedules-per-jvm}) found
 * something: the schedule replayed once in a fresh JVM ({@code mode=control,replay=FILE}, as {@code weft replay} does),
 * and whether that reproduced the finding (the same finding ids; for a failure of the program, a failure again).
 * A shared JVM keeps what a schedule changed outside the program's classes and the state weft resets, so a schedule
 * found there could depend on it; the fresh replay says whether it does.
 */
final class FreshReplay {

    /** The start of the line explore prints. */
    static final String PREFIX = "fresh replay: ";

    private final ControlledRun replay;
    private final String verdict;

    private FreshReplay(ControlledRun replay, String verdict) {
        this.replay = replay;
        this.verdict = verdict;
    }

    /**
     * Replays {@code schedule}, the schedule of {@code found}, with {@code program} in a fresh JVM; its files are
     * {@code <files>.replay.json} (the report), {@code .replay.out} and {@code .replay.err}.
     */
    static FreshReplay of(ControlledRunOptions run, List<String> program, ControlledRun found, Set<String> stopOn, Path schedule,
                          Path files) throws IOException, InterruptedException {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("mode", "control");
        options.put("replay", schedule.toAbsolutePath().toString());
        options.put("onDeadlock", "halt");
        ControlledRun replay = run.run(program, options, ControlledRunOptions.sibling(files, ".replay"), run.runBound());
        return new FreshReplay(replay, verdict(found, replay, stopOn, run));
    }

    /** True when the fresh replay reproduced the finding. */
    boolean reproduced() {
        return verdict == null;
    }

    /** The line explore prints: what the fresh replay did, and where its report is. */
    String line() {
        String took = DurationConverter.format(replay.process().elapsed());
        if (reproduced()) {
            return PREFIX + "the schedule replayed in a fresh JVM reproduced it (" + took + "; report " + replay.report() + ")";
        }
        return PREFIX + "the schedule replayed in a fresh JVM did NOT reproduce it: " + verdict + " (" + took + "; report "
                + replay.report() + "). It happened in the shared JVM, but may depend on state that JVM kept from an earlier "
                + "schedule; --schedules-per-jvm 1 searches with a JVM per schedule";
    }

    /** Why {@code replay} did not reproduce {@code found}, or {@code null} when it did. */
    private static String verdict(ControlledRun found, ControlledRun replay, Set<String> stopOn, ControlledRunOptions run) {
        if (replay.process().timedOut()) {
            return "it did not end within " + DurationConverter.format(run.runTimeout());
        }
        if (replay.diverged()) {
            String where = replay.divergence();
            return "it diverged from the schedule" + (where != null ? " (" + where + ")" : "");
        }
        List<String> wanted = ids(found.findings(stopOn));
        if (wanted.isEmpty()) {
            return replay.programFailed() || replay.process().exitStatus() != 0 ? null : "the program ended normally";
        }
        List<String> got = ids(replay.findings(stopOn));
        if (got.containsAll(wanted)) {
            return null;
        }
        return got.isEmpty() ? "it found nothing" + (replay.programFailed() ? " but a failure of the program" : "")
                : "it found " + String.join(", ", got) + " instead of " + String.join(", ", wanted);
    }

    private static List<String> ids(List<JsonNode> findings) {
        return findings.stream().map(f -> f.path("kind").asText() + " " + f.path("id").asText()).toList();
    }
}
