package dev.weft.bench;

import dev.weft.cli.SampleCatalog;
import dev.weft.cli.SampleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Iterations and time to the first bug, per program and per tool, over several repetitions (seeds):
 * weft's controlled exploration ({@code weft explore --strategy random|pct|alternate}), plain repeated runs under
 * the agent without control (the baseline), and Fray ({@code random}, {@code pct}) on the same programs in
 * the same run. Prints a Markdown table of medians. Run through {@code agent/bench/explore-bench.sh},
 * which builds what it needs; see docs/performance.md.
 *
 * <p>Each program has a bug of a kind: a {@code deadlock} or a {@code race} (the samples of
 * {@code samples/}: the finding their {@code @Sample} annotation expects), or for any other main class
 * a deadlock or a failure of the program (an uncaught exception, e.g. a failed assertion). Weft and the
 * plain runs detect that kind ({@code detect=deadlock} or {@code detect=race}; weft explore also {@code lock-order}
 * for a deadlock: the predictions it steers toward); Fray sees deadlocks and
 * exceptions, not races.
 *
 * <p>Arguments, each {@code key=value}: {@code root} (the weft checkout), {@code java} (the JVM for the
 * programs and weft), {@code programs} (comma-separated main classes, and {@code samples} for every
 * deadlock and race sample of the jar {@code samples}), {@code classpath} (theirs),
 * {@code tools} (any of {@code weft-random, weft-pct, weft-alternate, plain, fray-random, fray-pct}), {@code repeats},
 * {@code max} (iterations per search), {@code exploreArgs} (more {@code weft explore} flags, space-separated),
 * {@code weftOptions} (extra agent options, {@code ;}-separated),
 * {@code samples} (the samples jar), {@code fray} (Fray's prepared directory: {@code java/}, {@code lib/}, {@code jvmti/}), {@code work}.
 */
public final class ExploreBenchmark {

    private static final Pattern WEFT_FOUND = Pattern.compile("found an? (\\S+) in iteration (\\d+) after");
    private static final Pattern FRAY_FOUND = Pattern.compile("Error found at iter: (\\d+)");
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(30);
    /** Fray's bound per search: its start-up, and each iteration at most this long (they take 5 to 500 ms). */
    private static final long FRAY_START_SECONDS = 30;
    private static final long FRAY_ITERATION_SECONDS = 2;

    private final Map<String, String> args;
    private final Path work;
    private final int max;

    private ExploreBenchmark(Map<String, String> args) {
        this.args = args;
        this.work = Path.of(args.getOrDefault("work", "target/explore-bench")).toAbsolutePath();
        this.max = Integer.parseInt(args.getOrDefault("max", "200"));
    }

    /**
     * One search: whether it found the bug, after how many iterations (schedules or runs), in what wall time,
     * and whether the tool itself hung (did not end within its bound without saying it found the bug).
     */
    record Search(boolean found, int iterations, Duration time, boolean hung) {

        Search(boolean found, int iterations, Duration time) {
            this(found, iterations, time, false);
        }
    }

    /**
     * A program of the benchmark and the kind of bug to find in it (the kind weft detects): for a sample
     * the finding it shows, {@code deadlock} or {@code race}; for any other main class {@code deadlock},
     * and a failure of the program counts as well.
     */
    record Program(String mainClass, String bug, boolean sample) {

        String simpleName() {
            return mainClass.substring(mainClass.lastIndexOf('.') + 1);
        }

        String describeBug() {
            return sample ? bug : bug + " or failure";
        }
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (String arg : argv) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                System.err.println("explore-bench: arguments are key=value, got '" + arg + "'");
                System.exit(2);
            }
            args.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        new ExploreBenchmark(args).run();
    }

    private void run() throws IOException, InterruptedException {
        List<Program> programs = programs();
        List<String> tools = List.of(args.getOrDefault("tools", "weft-random,weft-pct,weft-alternate,plain,fray-random,fray-pct").split(","));
        int repeats = Integer.parseInt(args.getOrDefault("repeats", "5"));
        Files.createDirectories(work);
        StringBuilder table = new StringBuilder("| program | bug | tool | found | median iterations | median time | iterations per repeat |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Program program : programs) {
            for (String tool : tools) {
                List<Search> searches = new ArrayList<>();
                for (int repeat = 1; repeat <= repeats; repeat++) {
                    Search search = search(tool, program, repeat);
                    searches.add(search);
                    System.err.printf(Locale.ROOT, "%s %s #%d: %s%n", program.simpleName(), tool, repeat, describe(search));
                    if (search.hung()) {
                        break; // the next seeds would most likely hang as long
                    }
                }
                table.append(row(program, tool, searches)).append('\n');
            }
        }
        String text = "Max " + max + " iterations per search, " + repeats + " repeats; a miss counts as more than the max.\n\n" + table;
        Files.writeString(work.resolve("results.md"), text, StandardCharsets.UTF_8);
        System.out.println(text);
    }

    /**
     * The programs named by {@code programs}: {@code samples} stands for every deadlock and race sample of
     * the samples jar; a sample named by its class has the bug its annotation expects.
     */
    private List<Program> programs() throws IOException {
        Map<String, Program> samples = new LinkedHashMap<>();
        for (SampleInfo sample : SampleCatalog.read(Path.of(args.get("samples")))) {
            if (sample.expect().equals("deadlock") || sample.expect().equals("race")) {
                samples.put(sample.className(), new Program(sample.className(), sample.expect(), true));
            }
        }
        List<Program> programs = new ArrayList<>();
        for (String name : args.get("programs").split(",")) {
            if (name.equals("samples")) {
                programs.addAll(samples.values());
            } else {
                programs.add(samples.getOrDefault(name, new Program(name, "deadlock", false)));
            }
        }
        return programs;
    }

    private Search search(String tool, Program program, int repeat) throws IOException, InterruptedException {
        return switch (tool) {
            case "weft-random", "weft-pct", "weft-alternate" -> weft(tool.substring("weft-".length()), program, repeat);
            case "plain" -> plain(program);
            case "fray-random", "fray-pct" -> fray(tool.substring("fray-".length()), program, repeat);
            default -> throw new IllegalArgumentException("unknown tool '" + tool + "' (valid: weft-random, weft-pct, weft-alternate, plain, fray-random, fray-pct)");
        };
    }

    private Search weft(String strategy, Program program, int repeat) throws IOException, InterruptedException {
        Path root = Path.of(args.get("root"));
        Path out = work.resolve("weft-" + strategy + "-" + program.simpleName() + "-" + repeat);
        // the JVM options the ./weft launcher gives explore
        List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                root.resolve("analyzer/target/weft.jar").toString(), "explore",
                "--agent", root.resolve("agent/target/weft-agent.jar").toString(), "--strategy", strategy, "--seed", Integer.toString(repeat * 1000),
                "--iterations", Integer.toString(max), "--run-timeout", "20s", "--out", out.toString()));
        for (String flag : args.getOrDefault("exploreArgs", "").split(" ")) {
            if (!flag.isBlank()) {
                command.add(flag);
            }
        }
        for (String option : agentOptions(program, true)) {
            command.addAll(List.of("-o", option));
        }
        command.add("--");
        command.addAll(programCommand(program));
        long start = System.nanoTime();
        String output = output(command, Duration.ofSeconds(30L * max));
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        Matcher found = WEFT_FOUND.matcher(output);
        if (!found.find()) {
            return new Search(false, max, time);
        }
        if (program.sample() && !found.group(1).equals(program.bug())) {
            System.err.printf(Locale.ROOT, "%s: weft found a %s, not the %s the sample shows%n", program.simpleName(), found.group(1), program.bug());
        }
        return new Search(true, Integer.parseInt(found.group(2)), time);
    }

    /**
     * The agent options of a run of {@code program}: detection of its kind of bug, then {@code weftOptions}. For
     * {@code weft explore} ({@code explore}), a deadlock's lock-order predictions too, which it steers toward.
     */
    private List<String> agentOptions(Program program, boolean explore) {
        String predictions = explore && program.bug().equals("deadlock") ? ",lock-order" : "";
        List<String> options = new ArrayList<>(List.of("detect=" + program.bug() + predictions));
        for (String option : args.getOrDefault("weftOptions", "").split(";")) {
            if (!option.isBlank()) {
                options.add(option);
            }
        }
        return options;
    }

    private Search plain(Program program) throws IOException, InterruptedException {
        Path root = Path.of(args.get("root"));
        List<String> command = new ArrayList<>(programCommand(program));
        List<String> options = new ArrayList<>(agentOptions(program, false));
        options.addAll(List.of("onDeadlock=halt", "failOn=" + program.bug()));
        command.add(1, "-javaagent:" + root.resolve("agent/target/weft-agent.jar") + "=" + String.join(",", options));
        long start = System.nanoTime();
        for (int run = 1; run <= max; run++) {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("plain.out").toFile()).start();
            boolean ended = process.waitFor(RUN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            if (!ended || process.exitValue() != 0) {
                return new Search(true, run, Duration.ofNanos(System.nanoTime() - start));
            }
        }
        return new Search(false, max, Duration.ofNanos(System.nanoTime() - start));
    }

    private Search fray(String scheduler, Program program, int repeat) throws IOException, InterruptedException {
        Path fray = Path.of(args.get("fray"));
        Path report = work.resolve("fray-" + scheduler + "-" + program.simpleName() + "-" + repeat);
        List<String> classPath = new ArrayList<>();
        try (var jars = Files.list(fray.resolve("lib"))) {
            jars.map(Path::toString).filter(j -> !j.contains("jvmti") && !j.contains("instrumentation-agent") && !j.contains("instrumentation-jdk"))
                    .sorted().forEach(classPath::add);
        }
        List<String> command = List.of(fray.resolve("java/bin/java").toString(),
                "-javaagent:" + fray.resolve("lib/fray-instrumentation-agent.jar"), "-agentpath:" + fray.resolve("jvmti/libjvmti.so"),
                "-cp", String.join(":", classPath), "org.pastalab.fray.core.MainKt", "--run-config", "cli", "--clazz", program.mainClass(),
                "--method", "main", "-cp", args.get("classpath"), "--memory", "--iter", Integer.toString(max), "-o", report.toString(),
                "--scheduler", scheduler);
        long start = System.nanoTime();
        boolean ended = run(command, Duration.ofSeconds(FRAY_START_SECONDS + FRAY_ITERATION_SECONDS * max)) != null;
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        Path log = report.resolve("fray.log");
        Matcher found = FRAY_FOUND.matcher(Files.exists(log) ? Files.readString(log) : "");
        return found.find() ? new Search(true, Integer.parseInt(found.group(1)) + 1, time) : new Search(false, max, time, !ended);
    }

    private List<String> programCommand(Program program) {
        return List.of(java(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", args.get("classpath"), program.mainClass());
    }

    private String java() {
        return args.getOrDefault("java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private String output(List<String> command, Duration timeout) throws IOException, InterruptedException {
        String output = run(command, timeout);
        return output == null ? "" : output;
    }

    /** The output of {@code command}, or {@code null} when it did not end within {@code timeout} and was killed. */
    private String run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Path file = Files.createTempFile(work, "output", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(file.toFile()).start();
        boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String output = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Files.delete(file);
        return ended ? output : null;
    }

    private String row(Program program, String tool, List<Search> searches) {
        long found = searches.stream().filter(Search::found).count();
        int[] iterations = searches.stream().mapToInt(s -> s.found() ? s.iterations() : Integer.MAX_VALUE).sorted().toArray();
        double[] seconds = searches.stream().mapToDouble(s -> s.found() ? s.time().toMillis() / 1000.0 : Double.POSITIVE_INFINITY).sorted().toArray();
        int medianIterations = iterations[iterations.length / 2];
        double medianSeconds = seconds[seconds.length / 2];
        String perRepeat = String.join(" ", searches.stream().map(s -> s.found() ? Integer.toString(s.iterations()) : s.hung() ? "hung" : ">" + max).toList());
        return String.format(Locale.ROOT, "| %s | %s | %s | %d/%d | %s | %s | %s |", program.simpleName(), program.describeBug(), tool, found, searches.size(),
                medianIterations == Integer.MAX_VALUE ? ">" + max : Integer.toString(medianIterations),
                Double.isInfinite(medianSeconds) ? "—" : String.format(Locale.ROOT, "%.1f s", medianSeconds), perRepeat);
    }

    private static String describe(Search search) {
        return (search.found() ? "found after " + search.iterations() : search.hung() ? "hung" : "not found in " + search.iterations())
                + String.format(Locale.ROOT, " (%.1f s)", search.time().toMillis() / 1000.0);
    }
}
