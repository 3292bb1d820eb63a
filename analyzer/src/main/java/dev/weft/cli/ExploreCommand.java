package dev.weft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.cli.control.ControlledRun;
import dev.weft.cli.control.RunBound;
import dev.weft.schedule.Schedule;
import dev.weft.schedule.ScheduleFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code weft explore}: runs a program (or one JUnit test) under the agent's scheduling model with a fresh
 * schedule per iteration until one gives a finding that happened in it (a deadlock, race or starvation by
 * default, not a lock-order prediction) or makes the program fail, then says how many
 * iterations and how long it took, what it found, and the schedule file that replays it. A run that does
 * not end within its bound is killed, its stuck threads shown, and the search goes on. When an iteration
 * predicts a deadlock it did not have (an unconfirmed {@code lock-order} finding), the next iteration steers
 * toward that cycle as {@code weft confirm} does, once per distinct cycle; then the strategy resumes. The first
 * iteration holds back threads about to take a nested lock ({@code hold=nested}), which closes most cycles at once.
 */
@Command(name = "explore", mixinStandardHelpOptions = true, versionProvider = WeftVersion.class, sortOptions = false,
        description = {"Search schedules for a concurrency bug: weft explore [options] -- java -cp app.jar Main",
                "Each iteration runs the program under the agent with mode=control, a fresh seed and, by default, the random and pct "
                        + "strategies by turns; after an iteration that predicts a deadlock (lock-order), the next one is steered toward it. "
                        + "The first deadlock, race "
                        + "or starvation (or failure of the program) ends the search."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every schedule tried, nothing found",
                "2:bad usage (a bad option or agent option, a java command that cannot start the program, no such test)",
                "66:a finding or a failure of the program"})
final class ExploreCommand implements Callable<Integer> {

    /**
     * The search strategy: one of the agent's seeded strategies, or several taking turns ({@code alternate}: random and
     * pct).
     *
     * @param turns the agent's strategies, in the order of their turns
     */
    record Strategy(List<String> turns) {

        /** The strategies {@code --strategy} may name, besides {@code alternate}. */
        static final List<String> NAMES = List.of("random", "pct", "pct-new-sites", "pos", "surw", "surw-conflicts");
        /** What {@code alternate} takes turns with. */
        static final List<String> ALTERNATE = List.of("random", "pct");

        /**
         * The strategy {@code value} names: {@code alternate}, or strategies separated by commas that take turns.
         *
         * @throws IllegalArgumentException naming the valid values
         */
        static Strategy of(String value) {
            List<String> turns = value.equals("alternate") ? ALTERNATE : List.of(value.split(",", -1));
            for (String turn : turns) {
                if (!NAMES.contains(turn)) {
                    throw new IllegalArgumentException("'" + turn + "' is no strategy (valid: alternate, "
                            + String.join(", ", NAMES) + ", or several of these separated by commas, taking turns)");
                }
            }
            return new Strategy(turns);
        }

        /** The agent's strategy of the search's {@code turn}-th iteration that is not steered (from 1). */
        String of(int turn) {
            return turns.get((turn - 1) % turns.size());
        }

        @Override
        public String toString() {
            return turns.equals(ALTERNATE) ? "alternate" : String.join(",", turns);
        }
    }

    /** Reads {@code --strategy}. */
    static final class StrategyConverter implements CommandLine.ITypeConverter<Strategy> {
        @Override
        public Strategy convert(String value) {
            try {
                return Strategy.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The scheduling policies of the model. */
    enum Policy { preemptive, cooperative }

    private static final Pattern TEST_METHOD = Pattern.compile("[\\p{javaJavaIdentifierPart}.$]+#\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");
    private static final List<String> KINDS = List.of("deadlock", "race", "starvation", "lock-order");
    /** Schedules per JVM unless --schedules-per-jvm says (see docs/performance.md, "several schedules per JVM"). */
    private static final int DEFAULT_SCHEDULES_PER_JVM = 100;
    private static final String TEST_LAUNCHER = "dev.weft.cli.junit.TestMethodLauncher";
    private static final List<String> RESERVED = List.of("mode", "strategy", "seed", "cpus", "policy", "quantum", "depth", "steps",
            "lengths", "schedule", "replay", "confirm", "hold", "onDeadlock");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100", description = "At most this many schedules (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--strategy", paramLabel = "STRATEGY", defaultValue = "alternate", converter = StrategyConverter.class,
            description = "random, pct, pct-new-sites, pos, surw, surw-conflicts, alternate (random and pct by turns, random first), or several "
                    + "separated by commas, taking turns in that order (default: ${DEFAULT-VALUE}).")
    private Strategy strategy;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the first iteration; iteration i uses S+i-1 (default: a random one, printed).")
    private Long seed;

    @Option(names = "--time", paramLabel = "LIMIT", converter = DurationConverter.class,
            description = "Start no iteration after this long, e.g. 60s, 5m (default: no limit).")
    private Duration time;

    @Option(names = "--cpus", paramLabel = "N", description = "CPUs of the model (agent default: 1).")
    private Integer cpus;

    @Option(names = "--policy", paramLabel = "POLICY", description = "preemptive or cooperative (agent default: preemptive).")
    private Policy policy;

    @Option(names = "--quantum", paramLabel = "K", defaultValue = "1",
            description = "Scheduling points per time slice (default: ${DEFAULT-VALUE}: a search may preempt at every point, where bugs hide).")
    private Integer quantum;

    @Option(names = "--depth", paramLabel = "D", description = "PCT bug depth (agent default: 3).")
    private Integer depth;

    @Option(names = "--stop-on", paramLabel = "KINDS", split = ",", defaultValue = "deadlock,race,starvation",
            description = "Finding kinds that end the search (default: ${DEFAULT-VALUE}; lock-order predictions are steered toward, see --steer). "
                    + "A failure of the program (a non-zero exit status) always does.")
    private Set<String> stopOn;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "weft-explore",
            description = "Where the report, output and schedule file of the iteration that found something go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--test", paramLabel = "CLASS#METHOD",
            description = "Explore one JUnit test method instead of a main class: the command then gives only java and the class path "
                    + "(with the JUnit Platform launcher on it), e.g. --test com.example.BankTest#transfer -- java -cp target/test-classes:...")
    private String test;

    @Option(names = "--class-sharing", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Share the classes an early iteration loaded with the later ones (a CDS archive in --out; default: on). "
                    + "--no-class-sharing runs every iteration's JVM as given.")
    private boolean classSharing;

    @Option(names = "--steer", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "After an iteration that predicts a deadlock it did not have (a lock-order finding), steer the next iteration "
                    + "toward that cycle, once per distinct cycle (default: on; needs lock-order detection, on by default, and deadlock "
                    + "in --stop-on). --no-steer runs the strategy only.")
    private boolean steer;

    @Option(names = "--hold-first", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "In the first iteration, hold back every thread about to take a lock while it holds another until no other "
                    + "thread can run, so that a cycle of locks closes at once (default: on, with deadlock in --stop-on). "
                    + "--no-hold-first runs the first iteration as the strategy chooses.")
    private boolean holdFirst;

    @Option(names = "--schedules-per-jvm", paramLabel = "N",
            description = "Run up to N schedules in one JVM, the program's classes loaded afresh for each, so that static state "
                    + "starts over (default: " + DEFAULT_SCHEDULES_PER_JVM + "). 1 starts a JVM per schedule. A schedule whose threads "
                    + "outlive its main, that registers shutdown hooks, finds a deadlock, hangs or calls System.exit ends its JVM; modules and "
                    + "source files take a JVM per schedule.")
    private Integer schedulesPerJvm;

    @Option(names = "--check-replay", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "When a schedule run in a shared JVM (--schedules-per-jvm) finds something, replay it once in a fresh JVM "
                    + "and say whether that reproduced the finding (default: on). --no-check-replay skips it.")
    private boolean checkReplay;

    @Mixin
    private ControlledRunOptions run;

    @Parameters(paramLabel = "COMMAND", arity = "1..*", description = "The java command to run, after --.")
    private List<String> command;

    private SchedulesPerJvm jvms; // null: a JVM per schedule
    private boolean unresettableSaid;

    @Override
    public Integer call() throws IOException, InterruptedException {
        checkArguments();
        List<String> program = program();
        PrintWriter w = spec.commandLine().getOut();
        Files.createDirectories(out);
        long firstSeed = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
        long start = System.nanoTime();
        StringBuilder why = new StringBuilder();
        int perJvm = schedulesPerJvm == null ? DEFAULT_SCHEDULES_PER_JVM : schedulesPerJvm;
        List<String> launcher = perJvm > 1 ? JavaCommand.underSameJvmLauncher(program, why) : null;
        if (schedulesPerJvm != null && perJvm > 1 && launcher == null) {
            w.println("weft explore: one schedule per JVM: " + why);
        }
        List<String> jvmCommand = launcher != null ? launcher : program;
        ClassSharing sharing = classSharing ? ClassSharing.of(jvmCommand, run.agentJar(), out.resolve("classes.jsa")) : ClassSharing.none(jvmCommand);
        jvms = launcher == null ? null : new SchedulesPerJvm(perJvm, run, out.resolve("jvm.err"));
        try {
            return search(w, sharing, firstSeed, start);
        } finally {
            sharing.delete();
            if (jvms != null) {
                jvms.close();
                jvms.delete();
            }
        }
    }

    /** Runs one schedule: in a JVM of its own, or in the current shared JVM. */
    private ControlledRun runSchedule(ClassSharing sharing, Map<String, String> options, Path files, RunBound bound)
            throws IOException, InterruptedException {
        return jvms != null ? jvms.run(sharing, options, files, bound) : run.run(sharing.nextCommand(), options, files, bound);
    }

    private int search(PrintWriter w, ClassSharing sharing, long firstSeed, long start) throws IOException, InterruptedException {
        PredictedCycles predictions = new PredictedCycles();
        try {
            return runIterations(w, sharing, predictions, firstSeed, start);
        } finally {
            for (Path report : predictions.reports()) {
                Files.deleteIfExists(report);
            }
        }
    }

    private int runIterations(PrintWriter w, ClassSharing sharing, PredictedCycles predictions, long firstSeed, long start)
            throws IOException, InterruptedException {
        boolean steering = steer && stopOn.contains("deadlock");
        int tried = 0;
        int killed = 0;
        int turns = 0; // the strategy's own iterations: alternate takes its turns among them
        int steered = 0;
        long longestRun = 0; // in choices: PCT's estimate of a run's length
        List<Integer> lengths = new ArrayList<>(); // the most distinct sites each thread ran in a run: surw's estimate
        int unfinished = 0; // the iteration the time limit cut short, if any (the last one)
        while (tried < iterations && !outOfTime(start)) {
            int iteration = ++tried;
            long iterationSeed = firstSeed + iteration - 1;
            PredictedCycles.Prediction target = steering ? predictions.next() : null;
            String iterationStrategy = target != null ? "random" : strategy.of(++turns);
            String name = "iteration " + iteration + " (seed " + iterationSeed + (target != null ? ", " + steeredToward(target) : "") + ")";
            steered += target != null ? 1 : 0;
            Path files = out.resolve("iteration-" + iteration);
            Path schedule = ControlledRunOptions.sibling(files, ".schedule.json");
            Map<String, String> options = agentOptions(iterationStrategy, iterationSeed, schedule, longestRun, lengths);
            if (target != null) {
                options.put("confirm", target.confirmOption());
            } else if (holdFirst && stopOn.contains("deadlock") && iteration == 1) {
                options.put("hold", "nested");
            }
            RunBound bound = bound(start);
            ControlledRun result = runSchedule(sharing, options, files, bound);
            if (sharing.refusedBy(result.process())) {
                bound = bound(start);
                result = runSchedule(sharing, options, files, bound);
            }
            String refusal = result.refusal();
            if (refusal != null) {
                spec.commandLine().getErr().println(refusal);
                deleteFiles(files, schedule);
                return CommandLine.ExitCode.USAGE;
            }
            if (result.process().timedOut() && bound.cutShort() && outOfTime(start)) {
                unfinished = iteration; // its bound was what was left of --time: the search's end, not a hang
                w.println("weft explore: " + name + " was stopped unfinished at the time limit (--time " + DurationConverter.format(time) + ")");
                w.flush();
                deleteFiles(files, schedule);
                continue;
            }
            if (result.process().timedOut()) {
                killed++;
                w.println("weft explore: " + name + " made no progress:");
                RunPrinter.stuck(w, result, bound.running());
                Files.writeString(ControlledRunOptions.sibling(files, ".threads.txt"), result.process().threadDump().text(), StandardCharsets.UTF_8);
                w.flush();
                continue;
            }
            if (!result.findings(stopOn).isEmpty() || result.programFailed()) {
                found(w, result, iteration, iterationStrategy, iterationSeed, target, schedule, Duration.ofNanos(System.nanoTime() - start));
                if (jvms != null && checkReplay && Files.isRegularFile(schedule)) {
                    jvms.close(); // its CPU is the replay's
                    w.println(FreshReplay.of(run, program(), result, stopOn, schedule, files).line());
                    w.flush();
                }
                return 66;
            }
            if (target != null) {
                w.println("weft explore: " + name + ": did not deadlock; the search goes on");
                w.flush();
            }
            if (jvms != null && jvms.unresettable() != null && !unresettableSaid) {
                unresettableSaid = true;
                w.println("weft explore: " + name + ": " + jvms.unresettable()
                        + "; the next schedule runs in a new JVM, as after each such schedule");
                w.flush();
            }
            Path kept = ControlledRunOptions.sibling(files, ".predictions.json");
            if (steering && predictions.add(result.findings(), kept, iteration) > 0) {
                Files.move(result.report(), kept, StandardCopyOption.REPLACE_EXISTING);
            }
            Schedule ran = ranSchedule(schedule);
            if (ran != null) {
                longestRun = Math.max(longestRun, ran.choices().size());
                learn(ran.threadSites(), lengths);
            }
            deleteFiles(files, schedule);
        }
        int finished = unfinished > 0 ? tried - 1 : tried;
        w.println("weft explore: no finding in " + finished + " schedule" + (finished == 1 ? "" : "s") + " (strategy " + strategy
                + (finished > 0 ? ", seeds " + firstSeed + ".." + (firstSeed + finished - 1) : "")
                + ", " + DurationConverter.format(Duration.ofNanos(System.nanoTime() - start))
                + (steered > 0 ? "; " + steered + " steered toward predicted deadlocks" : "")
                + (killed > 0 ? "; " + killed + " killed for making no progress" : "")
                + (unfinished > 0 ? "; iteration " + unfinished + " left unfinished" : "")
                + (tried < iterations || unfinished > 0 ? "; time limit " + DurationConverter.format(time) + " reached" : "") + ")");
        w.flush();
        return 0;
    }

    private void checkArguments() {
        positive("--iterations", iterations);
        positive("--cpus", cpus);
        positive("--quantum", quantum);
        positive("--depth", depth);
        positive("--schedules-per-jvm", schedulesPerJvm);
        for (String kind : stopOn) {
            if (!KINDS.contains(kind)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "bad value for --stop-on: '" + kind + "' (valid: " + String.join(", ", KINDS) + ")");
            }
        }
        if (test != null && !TEST_METHOD.matcher(test).matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "bad value for --test: '" + test + "' (expected CLASS#METHOD, e.g. com.example.BankTest#transfer)");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "bad value for --out: '" + out + "' is a file (expected a directory)");
        }
        run.check(command, RESERVED);
    }

    private void positive(String option, Integer value) {
        if (value != null && value < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "bad value for " + option + ": " + value + " (must be at least 1)");
        }
    }

    /** The command to run each iteration: the user's, or with --test the user's java and class path plus weft's test launcher. */
    private List<String> program() {
        if (test == null) {
            return command;
        }
        List<String> program = new ArrayList<>(command);
        program.add(TEST_LAUNCHER);
        program.add(test);
        return program;
    }

    /** Raises each thread's entry of {@code lengths} to its entry of {@code sites}, if more. */
    private static void learn(List<Integer> sites, List<Integer> lengths) {
        for (int tid = 0; tid < sites.size(); tid++) {
            if (tid == lengths.size()) {
                lengths.add(0);
            }
            lengths.set(tid, Math.max(lengths.get(tid), sites.get(tid)));
        }
    }

    /** The schedule a controlled run wrote, or {@code null} when it wrote none that can be read. */
    private static Schedule ranSchedule(Path schedule) {
        try {
            return Files.isRegularFile(schedule) ? ScheduleFile.read(schedule) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The agent options of one iteration. PCT draws its change points from the first k choices of a run, k
     * its estimate of the run's length: after the first iteration, the longest run seen so far, in choices. SURW weighs
     * each thread by the sites it has left to run of the most it ran in a run so far.
     */
    private Map<String, String> agentOptions(String iterationStrategy, long iterationSeed, Path schedule, long longestRun,
                                             List<Integer> lengths) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("mode", "control");
        options.put("strategy", iterationStrategy);
        options.put("seed", Long.toString(iterationSeed));
        if (cpus != null) {
            options.put("cpus", cpus.toString());
        }
        if (policy != null) {
            options.put("policy", policy.name());
        }
        if (quantum != null) {
            options.put("quantum", quantum.toString());
        }
        if (depth != null) {
            options.put("depth", depth.toString());
        }
        if (iterationStrategy.startsWith("pct") && longestRun > 0) {
            options.put("steps", Long.toString(Math.min(longestRun, Integer.MAX_VALUE)));
        }
        if (iterationStrategy.startsWith("surw") && !lengths.isEmpty()) {
            options.put("lengths", lengths.stream().map(String::valueOf).collect(Collectors.joining("/")));
        }
        options.put("schedule", schedule.toAbsolutePath().toString());
        options.put("onDeadlock", "halt");
        return options;
    }

    private boolean outOfTime(long start) {
        return time != null && System.nanoTime() - start >= time.toNanos();
    }

    /** The watchdog's bound for the next run: the per-run timeout, its wall time cut to what is left of --time (at least a second). */
    private RunBound bound(long start) {
        if (time == null) {
            return run.runBound();
        }
        Duration left = time.minusNanos(System.nanoTime() - start);
        return run.runBound().within(left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left);
    }

    /** Why an iteration was steered: toward which prediction, made by which iteration. */
    private static String steeredToward(PredictedCycles.Prediction target) {
        return "steered toward " + target.id() + ", predicted by iteration " + target.iteration() + ": "
                + FindingSummary.headline(target.finding());
    }

    private void found(PrintWriter w, ControlledRun result, int iteration, String iterationStrategy, long iterationSeed,
                       PredictedCycles.Prediction target, Path schedule, Duration took) {
        List<JsonNode> bugs = result.findings(stopOn);
        String what = bugs.isEmpty() ? "a failure" : "a " + bugs.get(0).path("kind").asText();
        w.println("weft explore: found " + what + " in iteration " + iteration + " after " + DurationConverter.format(took)
                + " (strategy " + iterationStrategy + ", seed " + iterationSeed + (target != null ? ", " + steeredToward(target) : "") + ")");
        if (bugs.isEmpty()) {
            RunPrinter.failure(w, result);
        } else {
            RunPrinter.findings(w, bugs);
        }
        w.println("report:      " + result.report());
        if (Files.isRegularFile(schedule)) {
            w.println("replay file: " + schedule);
            w.println("replay with: weft replay " + schedule + " -- " + String.join(" ", program()));
        } else {
            w.println("replay file: none (the agent wrote no schedule file)");
        }
        w.flush();
    }

    private static void deleteFiles(Path files, Path schedule) throws IOException {
        for (String suffix : List.of(".json", ".out", ".err")) {
            Files.deleteIfExists(ControlledRunOptions.sibling(files, suffix));
        }
        Files.deleteIfExists(schedule);
    }
}
