package dev.weft.cli.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running weft's {@code SameJvmLauncher}, which runs one schedule of the program per request, under the
 * same watchdog as a {@link WatchedRun}: a request is a line on its standard input ({@code FILES<TAB>AGENT-OPTIONS}),
 * the answer a line on its standard output ({@code weft-schedule: ended STATUS}, or {@code last STATUS WHY} when
 * the JVM ends after it). A schedule that finds a deadlock, or whose program calls {@code System.exit}, ends the JVM:
 * the schedule's status is then the JVM's. A schedule without an answer within its bound is dumped and killed. The
 * JVM's own standard error (before the first request, and the JVM's messages) goes to a file of its own, appended
 * to the schedule's standard error when the JVM ends during it.
 */
public final class SharedJvm implements AutoCloseable {

    private static final String ANSWER = "weft-schedule: ";
    private static final String END = "";
    private static final Duration DUMP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final Writer requests;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final Path stderr;
    private boolean ended;
    private String unresettable;

    private SharedJvm(Process process, Path stderr) {
        this.process = process;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.stderr = stderr;
    }

    /** Starts {@code command} (a JVM whose main class is the launcher), its own standard error going to {@code stderr}. */
    public static SharedJvm start(List<String> command, Path stderr) throws IOException {
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        SharedJvm jvm = new SharedJvm(process, stderr);
        Thread reader = new Thread(jvm::readAnswers, "weft-shared-jvm-answers");
        reader.setDaemon(true);
        reader.start();
        return jvm;
    }

    /** Reads the launcher's answers; other lines of its standard output (the JVM's own notes) are dropped. */
    private void readAnswers() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(ANSWER)) {
                    answers.add(line.substring(ANSWER.length()));
                }
            }
        } catch (IOException e) {
            // the JVM is gone: its end is the answer
        } finally {
            answers.add(END);
        }
    }

    /** True until a schedule ended the JVM. */
    public boolean alive() {
        return !ended;
    }

    /**
     * Why the schedule that ended the JVM left it (threads that outlived its {@code main}, shutdown hooks), as the
     * launcher said it, or {@code null}.
     */
    public String unresettable() {
        return unresettable;
    }

    /**
     * Runs one schedule: the program's output goes to {@code <files>.out} and {@code .err}.
     *
     * @param agentOptions the schedule's agent options, as {@code -javaagent} takes them
     * @param bound        how long it may run before the JVM is dumped and killed
     */
    public WatchedRun run(Path files, String agentOptions, Path stdout, Path stderrOfRun, RunBound bound)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        RunClock clock = RunClock.of(process.pid(), bound);
        try {
            requests.write(files.toAbsolutePath() + "\t" + agentOptions + "\n");
            requests.flush();
        } catch (IOException e) {
            // the JVM ended (e.g. refused to start): its status says why
        }
        String answer = answers.poll(clock.nextWaitMillis(), TimeUnit.MILLISECONDS);
        while (answer == null && !clock.passed()) {
            answer = answers.poll(clock.nextWaitMillis(), TimeUnit.MILLISECONDS);
        }
        if (answer == null) {
            ThreadDump dump = ThreadDump.of(process.pid(), DUMP_TIMEOUT);
            process.destroyForcibly().waitFor();
            ended = true;
            return new WatchedRun(-1, true, dump, stdout, stderrOfRun, since(start), clock.starved());
        }
        if (answer.startsWith("ended ")) {
            return new WatchedRun(Integer.parseInt(answer.substring("ended ".length())), false, null, stdout, stderrOfRun,
                    since(start), clock.starved());
        }
        // "last STATUS WHY" (the JVM exits with STATUS), or the JVM's end without an answer
        ended = true;
        if (answer.startsWith("last ")) {
            unresettable = answer.substring(answer.indexOf(' ', "last ".length()) + 1);
        }
        if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
        if (Files.isRegularFile(stderr) && Files.size(stderr) > 0) {
            Files.write(stderrOfRun, Files.readAllBytes(stderr), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return new WatchedRun(process.exitValue(), false, null, stdout, stderrOfRun, since(start), clock.starved());
    }

    /** Ends the JVM: the end of its requests lets it exit; one that does not within a while is killed. */
    @Override
    public void close() throws InterruptedException {
        try {
            requests.close();
        } catch (IOException e) {
            // already gone
        }
        if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
        ended = true;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
