package dev.weft.cli.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A thread dump of a running JVM, taken with {@code jcmd PID Thread.print}, and the threads in it that
 * are worth showing a person: those running the application's own code, or not daemons, each with its
 * first frames outside weft and the JVM's method handle plumbing.
 *
 * @param text    the whole dump, or a line saying why there is none
 * @param threads the threads worth showing, each as its header line and its first frames
 */
public record ThreadDump(String text, List<String> threads) {

    private static final int FRAMES_SHOWN = 8;
    /** Frames of weft's own code (the scheduling model parks threads there): left out of what is shown. */
    private static final String WEFT_FRAME = "at dev.weft.";
    /** Frames of the JVM's method handle plumbing (lambdas, hand-off call sites): left out too. */
    private static final String HIDDEN_FRAME = "at java.lang.invoke.";
    private static final List<String> PLATFORM_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "dev.weft.");

    public ThreadDump {
        threads = List.copyOf(threads);
    }

    /** Dumps the threads of the JVM {@code pid}; when that fails, a dump whose text says why. */
    static ThreadDump of(long pid, Duration timeout) throws InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print")
                    .redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new ThreadDump("no thread dump: jcmd did not answer within " + timeout.toSeconds() + " s", List.of());
            }
            return parse(new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new ThreadDump("no thread dump: cannot run " + jcmd + ": " + e.getMessage(), List.of());
        }
    }

    /** Reads the output of {@code jcmd PID Thread.print} (or {@code jstack PID}). */
    static ThreadDump parse(String text) {
        List<String> shown = new ArrayList<>();
        for (String block : text.split("\\R\\s*\\R")) {
            String trimmed = block.strip();
            if (!trimmed.startsWith("\"")) {
                continue;
            }
            List<String> lines = trimmed.lines().toList();
            List<String> frames = lines.stream().map(String::strip).filter(l -> l.startsWith("at ") && !l.startsWith(WEFT_FRAME) && !l.startsWith(HIDDEN_FRAME)).toList();
            boolean daemon = lines.get(0).contains(" daemon ");
            boolean ownCode = frames.stream().anyMatch(f -> PLATFORM_PACKAGES.stream().noneMatch(p -> f.startsWith("at " + p)));
            if (frames.isEmpty() || (daemon && !ownCode)) {
                continue;
            }
            StringBuilder thread = new StringBuilder(lines.get(0));
            frames.stream().limit(FRAMES_SHOWN).forEach(f -> thread.append(System.lineSeparator()).append("    ").append(f));
            if (frames.size() > FRAMES_SHOWN) {
                thread.append(System.lineSeparator()).append("    ... ").append(frames.size() - FRAMES_SHOWN).append(" more");
            }
            shown.add(thread.toString());
        }
        return new ThreadDump(text, shown);
    }
}
