package dev.weft.cli.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM run under a watchdog: its standard input is empty (closed at once), its output goes
 * to files; when it outlives its bound (counted in the time it could run, {@link RunClock}),
 * its threads are dumped ({@code jcmd PID Thread.print}) and it is killed, so that a caller exploring
 * schedules never hangs on one run.
 *
 * @param exitStatus the child's exit status ({@code -1} when the watchdog killed it)
 * @param timedOut   true when the watchdog killed it
 * @param threadDump the child's thread dump taken before the kill, or {@code null}
 * @param stdout     the file holding the child's standard output
 * @param stderr     the file holding the child's standard error
 * @param elapsed    wall time of the run
 * @param starved    how long of it the child waited for a CPU (zero where the system does not say)
 */
public record WatchedRun(int exitStatus, boolean timedOut, ThreadDump threadDump, Path stdout, Path stderr,
                         Duration elapsed, Duration starved) {

    private static final Duration DUMP_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Runs {@code command} until it ends or {@code bound} has passed.
     *
     * @param command the command line (its first element the executable)
     * @param stdout  where its standard output goes (replaced)
     * @param stderr  where its standard error goes (replaced)
     * @param bound   how long it may run before it is dumped and killed
     */
    public static WatchedRun run(List<String> command, Path stdout, Path stderr, RunBound bound)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        RunClock clock = RunClock.of(process.pid(), bound);
        try {
            process.getOutputStream().close(); // no input: a program that reads its standard input sees its end, and goes on
            while (!process.waitFor(clock.nextWaitMillis(), TimeUnit.MILLISECONDS)) {
                if (clock.passed()) {
                    ThreadDump dump = ThreadDump.of(process.pid(), DUMP_TIMEOUT);
                    process.destroyForcibly().waitFor();
                    return new WatchedRun(-1, true, dump, stdout, stderr, since(start), clock.starved());
                }
            }
            return new WatchedRun(process.exitValue(), false, null, stdout, stderr, since(start), clock.starved());
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * The first line of the child's standard error, past the JVM's own warnings (such as the one a shared
     * class archive made with an agent prints at each start), or an empty string.
     */
    public String firstErrorLine() {
        try {
            return new String(Files.readAllBytes(stderr), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.contains(" VM warning: ")).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
