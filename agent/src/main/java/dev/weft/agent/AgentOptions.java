package dev.weft.agent;

import dev.weft.report.suppress.BadSuppressionException;
import dev.weft.report.suppress.Suppressions;
import dev.weft.agent.control.ControlOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import dev.weft.report.ReportFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The agent's options, parsed from {@code -javaagent:weft-agent.jar=key=value,key=value,...}.
 *
 * <p>List values are separated by {@code ;} or {@code +}; a comma followed by a word with no {@code =}
 * also continues the list, so {@code failOn=race,deadlock} means what it says. Unknown keys and bad
 * values are rejected with a {@link BadOptionException} naming the option and what is valid.
 *
 * @param report       where to write the JSON report, or {@code null} for none
 * @param detect       the analyses to run
 * @param include      class or package prefixes to instrument (empty: all)
 * @param exclude      class or package prefixes not to instrument
 * @param haltOnDeadlock true for {@code onDeadlock=halt}: exit with status 66 once a deadlock is reported
 * @param failOn       finding kinds that make the JVM exit with status 66 at the end; in a JUnit Platform
 *                     run, the kinds that fail their test (all when empty), and only findings outside any
 *                     test count for the exit status
 * @param suppressions a file of findings to ignore, or {@code null}
 * @param trace        where to record the run's events for {@code weft analyze}, or {@code null}
 * @param formats      the formats written beside the JSON report ({@code format=json+sarif+html}), always with JSON
 * @param control      the options of a controlled run ({@code mode=control}), or {@code null} ({@code mode=detect})
 */
public record AgentOptions(Path report, Set<String> detect, List<String> include, List<String> exclude,
                           boolean haltOnDeadlock, Set<String> failOn, Path suppressions, Path trace,
                           Set<ReportFormat> formats, ControlOptions control) {

    /** Exit status of a run that findings made fail, as ThreadSanitizer's. */
    public static final int FINDINGS_EXIT_STATUS = 66;

    /** The finding kinds weft knows. */
    public static final Set<String> KINDS = Set.of("deadlock", "lock-order", "race", "starvation");

    /** The analyses {@code detect} chooses from (starvation comes with {@code mode=control}). */
    public static final Set<String> DETECTABLE = Set.of("deadlock", "lock-order", "race");

    /** The option keys of a run that detects (a controlled run takes {@link ControlOptions#KEYS} too). */
    private static final List<String> DETECT_KEYS = List.of("report", "detect", "include", "exclude", "onDeadlock", "failOn",
            "suppressions", "trace", "format", "mode");

    /** Every option key, in the order the messages list them. */
    private static final List<String> KEYS = allKeys();

    private static List<String> allKeys() {
        List<String> keys = new ArrayList<>(DETECT_KEYS);
        keys.addAll(ControlOptions.KEYS);
        return List.copyOf(keys);
    }

    /** The defaults: every analysis, every application class, no report file. */
    public static AgentOptions defaults() {
        return parse(null);
    }

    /**
     * Parses the agent's argument string.
     *
     * @throws BadOptionException naming the problem and what is valid
     */
    public static AgentOptions parse(String arguments) {
        Builder builder = new Builder();
        for (Map.Entry<String, String> option : split(arguments).entrySet()) {
            builder.set(option.getKey(), option.getValue());
        }
        return builder.build();
    }

    /** True when the analysis of this kind runs. */
    public boolean detects(String kind) {
        return detect.contains(kind);
    }

    private static Map<String, String> split(String arguments) {
        Map<String, String> options = new LinkedHashMap<>();
        if (arguments == null || arguments.isBlank()) {
            return options;
        }
        String lastKey = null;
        for (String token : arguments.split(",", -1)) {
            int eq = token.indexOf('=');
            if (eq < 0 && lastKey != null && !token.isBlank()) {
                options.merge(lastKey, token, (a, b) -> a + ";" + b); // a list continued after a comma
                continue;
            }
            if (eq <= 0) {
                throw new BadOptionException("malformed option '" + token + "' (expected key=value; valid keys: "
                        + String.join(", ", KEYS) + ")");
            }
            lastKey = token.substring(0, eq).trim();
            if (options.put(lastKey, token.substring(eq + 1).trim()) != null) {
                throw new BadOptionException("option '" + lastKey + "' given twice");
            }
        }
        return options;
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split("[;+]")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }

    private static List<String> prefixes(String value) {
        return List.copyOf(list(value));
    }

    private static Set<String> kinds(String key, String value, Set<String> valid) {
        List<String> kinds = list(value.toLowerCase(Locale.ROOT));
        for (String kind : kinds) {
            if (!valid.contains(kind)) {
                throw new BadOptionException("bad value for " + key + ": '" + kind + "' (valid: "
                        + String.join(", ", valid.stream().sorted().toList()) + "; separate several with ';')");
            }
        }
        return Set.copyOf(kinds);
    }

    private static Set<ReportFormat> formats(String value) {
        Set<ReportFormat> formats = EnumSet.of(ReportFormat.JSON);
        for (String label : list(value)) {
            try {
                formats.add(ReportFormat.named(label));
            } catch (IllegalArgumentException e) {
                throw new BadOptionException("bad value for format: '" + label + "' (valid: " + ReportFormat.labels()
                        + "; separate several with '+' or ';', e.g. format=json+sarif+html)");
            }
        }
        return Collections.unmodifiableSet(formats);
    }

    private static Path path(String key, String value) {
        if (value.isEmpty()) {
            throw new BadOptionException("option " + key + " needs a file path");
        }
        try {
            return Path.of(value).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new BadOptionException("bad path for " + key + ": '" + value + "'");
        }
    }

    /** A file weft can write: its directory exists or is created now. */
    private static Path writableFile(String key, String value) {
        Path file = path(key, value);
        if (Files.isDirectory(file)) {
            throw new BadOptionException(key + "=" + value + " is a directory (expected a file path)");
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException | RuntimeException e) {
            throw new BadOptionException("cannot create the directory of " + key + "=" + value + ": " + e.getMessage());
        }
        return file;
    }

    private static Path readableFile(String key, String value) {
        Path file = path(key, value);
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw BadOptionException.unreadableFile(key, value, file);
        }
        return file;
    }

    /** A readable suppressions file whose every line is a suppression. */
    private static Path suppressionsFile(String value) {
        Path file = readableFile("suppressions", value);
        try {
            Suppressions.read(file);
        } catch (BadSuppressionException e) {
            throw new BadOptionException(e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new BadOptionException("cannot read the suppressions file '" + value + "': " + e.getMessage());
        }
        return file;
    }

    private static final class Builder {
        Path report;
        Set<String> detect = DETECTABLE;
        List<String> include = List.of();
        List<String> exclude = List.of();
        boolean haltOnDeadlock;
        Set<String> failOn = Set.of();
        Path suppressions;
        Path trace;
        Set<ReportFormat> formats = Set.of(ReportFormat.JSON);
        boolean control;
        final Map<String, String> controlValues = new LinkedHashMap<>();

        /** Sets one option (a switch rather than a table of lambdas: no class is spun for each key at start-up). */
        void set(String key, String value) {
            switch (key) {
                case "report" -> report = writableFile("report", value);
                case "detect" -> detect = kinds("detect", value, DETECTABLE);
                case "include" -> include = prefixes(value);
                case "exclude" -> exclude = prefixes(value);
                case "onDeadlock" -> haltOnDeadlock = switch (value) {
                    case "continue" -> false;
                    case "halt" -> true;
                    default -> throw new BadOptionException("bad value for onDeadlock: '" + value + "' (valid: continue, halt)");
                };
                case "failOn" -> failOn = kinds("failOn", value, KINDS);
                case "suppressions" -> suppressions = suppressionsFile(value);
                case "trace" -> trace = writableFile("trace", value);
                case "format" -> formats = formats(value);
                case "mode" -> control = switch (value) {
                    case "detect" -> false;
                    case "control" -> true;
                    default -> throw new BadOptionException("bad value for mode: '" + value + "' (valid: detect, control)");
                };
                default -> {
                    if (!ControlOptions.KEYS.contains(key)) {
                        throw new BadOptionException("unknown option '" + key + "' (valid: " + String.join(", ", KEYS) + ")");
                    }
                    controlValues.put(key, value);
                }
            }
        }

        AgentOptions build() {
            if (report == null && !formats.equals(Set.of(ReportFormat.JSON))) {
                throw new BadOptionException("option format needs report=PATH: the other formats are written beside the JSON report");
            }
            if (!control && !controlValues.isEmpty()) {
                throw new BadOptionException("option " + controlValues.keySet().iterator().next()
                        + " needs mode=control (valid with mode=detect: " + String.join(", ", DETECT_KEYS) + ")");
            }
            return new AgentOptions(report, detect, include, exclude, haltOnDeadlock, failOn, suppressions, trace,
                    formats, control ? ControlOptions.parse(controlValues, report) : null);
        }
    }
}
