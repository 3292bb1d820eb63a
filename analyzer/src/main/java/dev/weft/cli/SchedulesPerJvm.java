package dev.weft.cli;

import dev.weft.cli.control.ControlledRun;
import dev.weft.cli.control.RunBound;
import dev.weft.cli.control.SharedJvm;
import dev.weft.cli.control.WatchedRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs the schedules of {@code weft explore} up to {@code perJvm} in one JVM ({@link SharedJvm}, weft's launcher
 * loading the program's classes afresh for each), starting a new JVM when the last one served that many, or ended:
 * found a deadlock, was killed for making no progress, or a schedule left what cannot be reset: threads that
 * outlived its {@code main} (daemons, a daemon pool never shut down), shutdown hooks. Each schedule's files (report, schedule,
 * output) are those of a schedule in a fresh JVM.
 */
final class SchedulesPerJvm implements AutoCloseable {

    private final int perJvm;
    private final ControlledRunOptions run;
    private final Path jvmErr;
    private SharedJvm jvm;
    private int served;
    private int started;

    /** @param jvmErr where each JVM's own standard error goes (deleted at the end) */
    SchedulesPerJvm(int perJvm, ControlledRunOptions run, Path jvmErr) {
        this.perJvm = perJvm;
        this.run = run;
        this.jvmErr = jvmErr;
    }

    /**
     * Runs one schedule with weft's {@code controlOptions}; {@code sharing} gives the command of a new JVM (a
     * command made by {@link JavaCommand#underSameJvmLauncher}).
     */
    ControlledRun run(ClassSharing sharing, Map<String, String> controlOptions, Path files, RunBound bound)
            throws IOException, InterruptedException {
        Path report = ControlledRunOptions.reportOf(files);
        List<String> agentOptions = run.agentOptions(controlOptions, report);
        if (jvm == null || !jvm.alive() || served == perJvm) {
            close();
            Files.deleteIfExists(jvmErr);
            jvm = SharedJvm.start(run.commandLine(sharing.nextCommand(), agentOptions), jvmErr);
            served = 0;
            started++;
        }
        served++;
        WatchedRun process = jvm.run(files, String.join(",", agentOptions), ControlledRunOptions.sibling(files, ".out"),
                ControlledRunOptions.sibling(files, ".err"), bound);
        return ControlledRun.of(process, report);
    }

    /** Why the last schedule ended its JVM, when it left what cannot be reset (threads, shutdown hooks), or {@code null}. */
    String unresettable() {
        return jvm == null ? null : jvm.unresettable();
    }

    /** How many JVMs ran schedules. */
    int jvms() {
        return started;
    }

    @Override
    public void close() throws InterruptedException, IOException {
        if (jvm != null) {
            jvm.close();
            jvm = null;
        }
    }

    /** Deletes the JVMs' own standard error. */
    void delete() throws IOException {
        Files.deleteIfExists(jvmErr);
    }
}
