package dev.weft.bench;

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
 * weft's controlled exploration ({@code weft explore --strategy random|pct}), plain repeated runs under
 * the agent without control (the baseline), and Fray ({@code random}, {@code pct}) on the same programs in
 * the same run. Prints a Markdown table of medians. Run through {@code agent/bench/explore-bench.sh},
 * which builds what it needs; see docs/performance.md.
 *
 * <p>Arguments, each {@code key=value}: {@code root} (the weft checkout), {@code java} (the JVM for the
 * programs and weft), {@code programs} (comma-separated main classes), {@code classpath} (theirs),
 * {@code tools} (any of {@code weft-random, weft-pct, plain, fray-random, fray-pct}), {@code repeats},
 * {@code max} (iterations per search), {@code exploreArgs} (more {@code weft explore} flags, space-separated),
 * {@code weftOptions} (extra agent options, {@code ;}-separated),
 * {@code fray} (Fray's prepared directory: {@code java/}, {@code lib/}, {@code jvmti/}), {@code work}.
 */
public final class ExploreBenchmark {

    private static final Pattern WEFT_FOUND = Pattern.compile("found .* in iteration (\\d+) after");
    private static final Pattern FRAY_FOUND = Pattern.compile("Error found at iter: (\\d+)");
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, String> args;
    private final Path work;
    private final int max;

    private ExploreBenchmark(Map<String, String> args) {
        this.args = args;
        this.work = Path.of(args.getOrDefault("work", "target/explore-bench")).toAbsolutePath();
        this.max = Integer.parseInt(args.getOrDefault("max", "200"));
    }

    /** One search: whether it found the bug, after how many iterations (schedules or runs), in what wall time. */
    record Search(boolean found, int iterations, Duration time) { }

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
        List<String> programs = List.of(args.get("programs").split(","));
        List<String> tools = List.of(args.getOrDefault("tools", "weft-random,weft-pct,plain,fray-random,fray-pct").split(","));
        int repeats = Integer.parseInt(args.getOrDefault("repeats", "5"));
        Files.createDirectories(work);
        StringBuilder table = new StringBuilder("| program | tool | found | median iterations | median time | iterations per repeat |\n"
                + "| --- | --- | --- | --- | --- | --- |\n");
        for (String program : programs) {
            for (String tool : tools) {
                List<Search> searches = new ArrayList<>();
                for (int repeat = 1; repeat <= repeats; repeat++) {
                    Search search = search(tool, program, repeat);
                    searches.add(search);
                    System.err.printf(Locale.ROOT, "%s %s #%d: %s%n", simpleName(program), tool, repeat, describe(search));
                }
                table.append(row(simpleName(program), tool, searches)).append('\n');
            }
        }
        String text = "Max " + max + " iterations per search, " + repeats + " repeats; a miss counts as more than the max.\n\n" + table;
        Files.writeString(work.resolve("results.md"), text, StandardCharsets.UTF_8);
        System.out.println(text);
    }

    private Search search(String tool, String program, int repeat) throws IOException, InterruptedException {
        return switch (tool) {
            case "weft-random", "weft-pct" -> weft(tool.substring("weft-".length()), program, repeat);
            case "plain" -> plain(program);
            case "fray-random", "fray-pct" -> fray(tool.substring("fray-".length()), program, repeat);
            default -> throw new IllegalArgumentException("unknown tool '" + tool + "' (valid: weft-random, weft-pct, plain, fray-random, fray-pct)");
        };
    }

    private Search weft(String strategy, String program, int repeat) throws IOException, InterruptedException {
        Path root = Path.of(args.get("root"));
        Path out = work.resolve("weft-" + strategy + "-" + simpleName(program) + "-" + repeat);
        List<String> command = new ArrayList<>(List.of(java(), "-jar", root.resolve("analyzer/target/weft.jar").toString(), "explore",
                "--agent", root.resolve("agent/target/weft-agent.jar").toString(), "--strategy", strategy, "--seed", Integer.toString(repeat * 1000),
                "--iterations", Integer.toString(max), "--run-timeout", "20s", "--out", out.toString()));
        for (String flag : args.getOrDefault("exploreArgs", "").split(" ")) {
            if (!flag.isBlank()) {
                command.add(flag);
            }
        }
        for (String option : args.getOrDefault("weftOptions", "").split(";")) {
            if (!option.isBlank()) {
                command.addAll(List.of("-o", option));
            }
        }
        command.add("--");
        command.addAll(programCommand(program));
        long start = System.nanoTime();
        String output = output(command, Duration.ofSeconds(30L * max));
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        Matcher found = WEFT_FOUND.matcher(output);
        return found.find() ? new Search(true, Integer.parseInt(found.group(1)), time) : new Search(false, max, time);
    }

    private Search plain(String program) throws IOException, InterruptedException {
        Path root = Path.of(args.get("root"));
        List<String> command = new ArrayList<>(programCommand(program));
        command.add(1, "-javaagent:" + root.resolve("agent/target/weft-agent.jar") + "=detect=deadlock,onDeadlock=halt");
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

    private Search fray(String scheduler, String program, int repeat) throws IOException, InterruptedException {
        Path fray = Path.of(args.get("fray"));
        Path report = work.resolve("fray-" + scheduler + "-" + simpleName(program) + "-" + repeat);
        List<String> classPath = new ArrayList<>();
        try (var jars = Files.list(fray.resolve("lib"))) {
            jars.map(Path::toString).filter(j -> !j.contains("jvmti") && !j.contains("instrumentation-agent") && !j.contains("instrumentation-jdk"))
                    .sorted().forEach(classPath::add);
        }
        List<String> command = List.of(fray.resolve("java/bin/java").toString(),
                "-javaagent:" + fray.resolve("lib/fray-instrumentation-agent.jar"), "-agentpath:" + fray.resolve("jvmti/libjvmti.so"),
                "-cp", String.join(":", classPath), "org.pastalab.fray.core.MainKt", "--run-config", "cli", "--clazz", program,
                "--method", "main", "-cp", args.get("classpath"), "--memory", "--iter", Integer.toString(max), "-o", report.toString(),
                "--scheduler", scheduler);
        long start = System.nanoTime();
        output(command, Duration.ofSeconds(10L * max));
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        Path log = report.resolve("fray.log");
        Matcher found = FRAY_FOUND.matcher(Files.exists(log) ? Files.readString(log) : "");
        return found.find() ? new Search(true, Integer.parseInt(found.group(1)) + 1, time) : new Search(false, max, time);
    }

    private List<String> programCommand(String program) {
        return List.of(java(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", args.get("classpath"), program);
    }

    private String java() {
        return args.getOrDefault("java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private String output(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Path file = Files.createTempFile(work, "output", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(file.toFile()).start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
        String output = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Files.delete(file);
        return output;
    }

    private String row(String program, String tool, List<Search> searches) {
        long found = searches.stream().filter(Search::found).count();
        int[] iterations = searches.stream().mapToInt(s -> s.found() ? s.iterations() : Integer.MAX_VALUE).sorted().toArray();
        double[] seconds = searches.stream().mapToDouble(s -> s.found() ? s.time().toMillis() / 1000.0 : Double.POSITIVE_INFINITY).sorted().toArray();
        int medianIterations = iterations[iterations.length / 2];
        double medianSeconds = seconds[seconds.length / 2];
        String perRepeat = String.join(" ", searches.stream().map(s -> s.found() ? Integer.toString(s.iterations()) : ">" + max).toList());
        return String.format(Locale.ROOT, "| %s | %s | %d/%d | %s | %s | %s |", program, tool, found, searches.size(),
                medianIterations == Integer.MAX_VALUE ? ">" + max : Integer.toString(medianIterations),
                Double.isInfinite(medianSeconds) ? "—" : String.format(Locale.ROOT, "%.1f s", medianSeconds), perRepeat);
    }

    private static String describe(Search search) {
        return (search.found() ? "found after " + search.iterations() : "not found in " + search.iterations())
                + String.format(Locale.ROOT, " (%.1f s)", search.time().toMillis() / 1000.0);
    }

    private static String simpleName(String program) {
        return program.substring(program.lastIndexOf('.') + 1);
    }
}
