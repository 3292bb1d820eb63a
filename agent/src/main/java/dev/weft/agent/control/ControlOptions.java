package dev.weft.agent.control;

import dev.weft.agent.BadOptionException;
import dev.weft.schedule.Parameters;
import dev.weft.schedule.PctStrategy;
import dev.weft.schedule.Policy;
import dev.weft.schedule.Schedule;
import dev.weft.schedule.ScheduleFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The options of a controlled run ({@code mode=control}).
 *
 * @param parameters   the scheduling model's parameters (those of the replayed schedule when replaying)
 * @param seedGiven    false when the seed was drawn at random (weft prints it)
 * @param schedule     where to write the run's schedule file, or {@code null} for none
 * @param replay       the schedule to replay, or {@code null}
 * @param replayFile   the file it was read from, or {@code null}
 * @param confirm      the {@code REPORT#ID} given to steer toward, or {@code null}
 * @param confirmation the prediction it names, or {@code null}
 * @param holdNested   {@code hold=nested}: hold back every thread about to take a lock while it holds another, so
 *                     that the others take their first locks too (without {@code confirm=})
 */
public record ControlOptions(Parameters parameters, boolean seedGiven, Path schedule, Schedule replay, Path replayFile,
                             String confirm, Confirmation confirmation, boolean holdNested) {

    /** The option keys of controlled runs, besides {@code mode}. */
    public static final List<String> KEYS = List.of("cpus", "policy", "quantum", "strategy", "seed", "depth", "steps", "lengths",
            "schedule", "replay", "confirm", "hold");

    /**
     * Parses the options of a controlled run.
     *
     * @param values the values of {@link #KEYS} that were given
     * @param report the report file, or {@code null}: the schedule file goes beside it by default
     * @throws BadOptionException naming the problem and what is valid
     */
    public static ControlOptions parse(Map<String, String> values, Path report) {
        Path replayFile = values.containsKey("replay") ? readable("replay", values.get("replay")) : null;
        Schedule replay = null;
        if (replayFile != null) {
            try {
                replay = ScheduleFile.read(replayFile);
            } catch (IOException e) {
                throw new BadOptionException("cannot replay: " + e.getMessage());
            }
        }
        boolean seedGiven = values.containsKey("seed");
        Parameters parameters;
        try {
            parameters = replay != null ? replay.parameters() : new Parameters(
                    number(values, "cpus", 1), policy(values.getOrDefault("policy", "preemptive")),
                    number(values, "quantum", 4), values.getOrDefault("strategy", "random"),
                    seedGiven ? seed(values.get("seed")) : new SecureRandom().nextLong() & Long.MAX_VALUE,
                    number(values, "depth", 3), number(values, "steps", PctStrategy.STEP_ESTIMATE), lengths(values.get("lengths")));
        } catch (IllegalArgumentException e) {
            throw new BadOptionException(e.getMessage());
        }
        String confirm = values.get("confirm");
        Confirmation confirmation = confirm == null ? null : Confirmation.read(confirm);
        Path schedule = values.containsKey("schedule") ? path("schedule", values.get("schedule")) : besideReport(report);
        String hold = values.get("hold");
        if (hold != null && !hold.equals("nested")) {
            throw new BadOptionException("bad value for hold: '" + hold + "' (valid: nested)");
        }
        return new ControlOptions(parameters, seedGiven || replay != null, schedule, replay, replayFile, confirm,
                confirmation, hold != null && replay == null && confirmation == null);
    }

    private static Path besideReport(Path report) {
        if (report == null) {
            return null;
        }
        String name = report.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return report.resolveSibling(base + ".schedule.json");
    }

    private static int number(Map<String, String> values, String key, int fallback) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadOptionException("bad value for " + key + ": '" + value + "' (valid: a whole number, 1 or more)");
    }

    /** The {@code surw} strategy's learnt lengths: whole numbers separated by {@code /}, one per thread index. */
    private static List<Integer> lengths(String value) {
        if (value == null) {
            return List.of();
        }
        List<Integer> lengths = new ArrayList<>();
        for (String length : value.split("/", -1)) {
            try {
                int number = Integer.parseInt(length.trim());
                if (number >= 0) {
                    lengths.add(number);
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new BadOptionException("bad value for lengths: '" + value
                    + "' (valid: whole numbers, 0 or more, separated by /)");
        }
        return lengths;
    }

    private static long seed(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new BadOptionException("bad value for seed: '" + value + "' (valid: a whole number)");
        }
    }

    private static Policy policy(String value) {
        try {
            return Policy.of(value);
        } catch (IllegalArgumentException e) {
            throw new BadOptionException(e.getMessage());
        }
    }

    private static Path path(String key, String value) {
        if (value.isEmpty()) {
            throw new BadOptionException("option " + key + " needs a file path");
        }
        try {
            Path file = Path.of(value).toAbsolutePath();
            if (Files.isDirectory(file)) {
                throw new BadOptionException(key + "=" + value + " is a directory (expected a file path)");
            }
            return file;
        } catch (InvalidPathException e) {
            throw new BadOptionException("bad path for " + key + ": '" + value + "'");
        }
    }

    private static Path readable(String key, String value) {
        Path file = path(key, value);
        if (!Files.isReadable(file)) {
            throw BadOptionException.unreadableFile(key, value, file);
        }
        return file;
    }
}
