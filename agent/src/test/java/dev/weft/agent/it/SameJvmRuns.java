package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.agent.it.ControlIT.Run;
import dev.weft.cli.control.RunBound;
import dev.weft.cli.control.SharedJvm;
import dev.weft.cli.control.WatchedRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Controlled runs of one program of the test classes, one after another in one JVM as {@code weft explore} runs its
 * schedules (weft's {@code SameJvmLauncher}: the program's classes loaded afresh for each run, see docs/scheduling.md,
 * "Several schedules per JVM"): each run's report, schedule file and output are those of a run in a JVM of its own,
 * with the same options, for the checks of a program under several seeds or strategies that need no JVM per run. A
 * run that ends its JVM (a deadlock, {@code System.exit}, threads that outlive {@code main}) leaves the next to a new
 * one. The check "ten times out of ten" runs each run in a JVM of its own ({@link ControlIT#runs}); the "five
 * times out of five" of {@link ControlBlockingIT#assertReplayable} runs its first run in a JVM of its own, the four
 * others here.
 */
final class SameJvmRuns implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAUNCHER = "dev.weft.agent.samejvm.SameJvmLauncher";
    private static final RunBound BOUND = RunBound.of(Duration.ofSeconds(60));

    private final String app;
    private final Path dir;
    private SharedJvm jvm;
    private int served;

    private SameJvmRuns(String app) throws IOException {
        this.app = app;
        this.dir = ChildJvm.freshDir("same-jvm");
    }

    /** Runs {@code example.app.<app>} once with each of {@code options}, in one JVM; the runs in that order. */
    static List<Run> runs(String app, List<String> options) throws Exception {
        List<Run> runs = new ArrayList<>();
        try (SameJvmRuns jvm = of(app)) {
            for (String o : options) {
                runs.add(jvm.next(o));
            }
        }
        return runs;
    }

    /** Runs of {@code example.app.<app>} one after another in one JVM, each by {@link #next}. */
    static SameJvmRuns of(String app) throws IOException {
        return new SameJvmRuns(app);
    }

    /**
     * Runs the program once with {@code options}, in a {@linkplain CpuSlots slot}, as {@link ControlIT#run} does in a
     * JVM of its own: a run that a thread outside the model made not exactly replayable runs again alone, in a JVM of
     * its own, and that run is the one returned. The JVM waits for the next run outside any slot.
     */
    Run next(String options) throws Exception {
        Path files = dir.resolve("run-" + ++served);
        Path report = files.resolveSibling(files.getFileName() + ".json");
        Path out = files.resolveSibling(files.getFileName() + ".out");
        Path err = files.resolveSibling(files.getFileName() + ".err");
        String agentOptions = "mode=control,include=example.app,report=" + report + "," + options;
        WatchedRun run;
        try (CpuSlots slot = CpuSlots.one()) {
            if (jvm == null || !jvm.alive()) {
                jvm = SharedJvm.start(command(agentOptions), dir.resolve("jvm-" + served + ".err"));
            }
            run = jvm.run(files, agentOptions, out, err, BOUND);
        }
        assertTrue(!run.timedOut(), "run " + served + " (" + options + ") made no progress: " + Files.readString(err));
        ChildJvm.Result result = new ChildJvm.Result(run.exitStatus(), Files.readString(out), Files.readString(err));
        if (result.stderr().contains("not exactly replayable")) {
            try (CpuSlots all = CpuSlots.alone()) {
                return ControlIT.run(app, options);
            }
        }
        Path schedule = files.resolveSibling(files.getFileName() + ".schedule.json");
        assertTrue(Files.exists(report), "no report: " + result.stderr());
        assertTrue(Files.exists(schedule), "no schedule file: " + result.stderr());
        return new Run(result, JSON.readTree(report.toFile()), JSON.readTree(schedule.toFile()), schedule);
    }

    /** The launcher's JVM, as {@link ControlIT}'s runs start theirs, mapping the suite's shared classes. */
    private List<String> command(String firstOptions) {
        List<String> command = List.of(ChildJvm.java().toString(), ChildJvm.SHORT_RUN, "-XX:+UseSerialGC",
                "-javaagent:" + ChildJvm.AGENT + "=" + firstOptions, "-cp", ChildJvm.TEST_CLASSES.toString(),
                LAUNCHER, ChildJvm.TEST_CLASSES.toString(), "example.app." + app);
        return SharedClasses.command(command);
    }

    @Override
    public void close() throws InterruptedException {
        if (jvm != null) {
            jvm.close();
        }
    }
}
