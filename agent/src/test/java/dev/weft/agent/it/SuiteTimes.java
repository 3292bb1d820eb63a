package dev.weft.agent.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Where the suite's time goes, when the test JVM runs with {@code -Dweft.it.times=true} (on Linux; e.g.
 * {@code mvn -B verify -DargLine=-Dweft.it.times=true}): for each test class, a line in
 * {@code target/suite-times.txt} with its wall time, the CPU time of the test JVM itself and of the child
 * processes it waited for (the child JVMs, and what they waited for), in seconds, and how many child processes
 * it saw (every 100 ms). Off, it does nothing.
 */
public final class SuiteTimes implements TestExecutionListener {

    private static final boolean ON = Boolean.getBoolean("weft.it.times");
    private static final double TICKS_PER_SECOND = 100; // the kernel's USER_HZ

    private final Map<String, long[]> started = new HashMap<>();
    private final Set<Long> children = new HashSet<>();
    private Thread watcher;

    @Override
    public void executionStarted(TestIdentifier test) {
        if (ON && test.getSource().orElse(null) instanceof ClassSource source) {
            synchronized (children) {
                children.clear();
            }
            started.put(source.getClassName(), now());
            if (watcher == null) {
                watcher = new Thread(this::watchChildren, "suite-times");
                watcher.setDaemon(true);
                watcher.start();
            }
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (ON && test.getSource().orElse(null) instanceof ClassSource source && started.containsKey(source.getClassName())) {
            long[] start = started.remove(source.getClassName());
            long[] end = now();
            int seen;
            synchronized (children) {
                seen = children.size();
            }
            String line = String.format("%s wall=%.1f self=%.1f children=%.1f processes=%d%n", source.getClassName(),
                    (end[0] - start[0]) / 1e9, (end[1] - start[1]) / TICKS_PER_SECOND, (end[2] - start[2]) / TICKS_PER_SECOND, seen);
            try {
                Files.writeString(Path.of("target/suite-times.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void watchChildren() {
        while (true) {
            ProcessHandle.current().descendants().forEach(child -> {
                synchronized (children) {
                    children.add(child.pid());
                }
            });
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Now: nanoseconds, this JVM's CPU ticks, and those of the children it waited for ({@code /proc/self/stat}). */
    private static long[] now() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // from the third field, the state
            return new long[] {System.nanoTime(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                Long.parseLong(fields[13]) + Long.parseLong(fields[14])};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
