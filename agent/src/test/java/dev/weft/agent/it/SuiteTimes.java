package dev.weft.agent.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Where the suite's time goes, when the test JVM runs with {@code -Dweft.it.times=true} (on Linux; e.g.
 * {@code mvn -B verify -DargLine=-Dweft.it.times=true}): {@code target/suite-times.txt} gets a line per test
 * class with its start (from the run's) and its wall time from its start to its end, in seconds, and two last
 * lines for the whole run: its wall time, the CPU time of the test JVM itself (of which {@code watcher}: this class's
 * own look for child processes, a walk of {@code /proc} every half second, which a suite run without it does not
 * pay) and of the child processes it waited for (the child JVMs, and what they waited for), and how many child
 * processes it saw; then how long 0, 1, ... of the {@link CpuSlots} were taken (time with fewer slots taken than
 * cores is time the tests' structure left a core idle, a child that waits in its slot aside). The classes run concurrently, so
 * the CPU time of one class is that of a run of it alone ({@code -Dit.test=Class}). Off, it does nothing.
 */
public final class SuiteTimes implements TestExecutionListener {

    private static final boolean ON = Boolean.getBoolean("weft.it.times");
    private static final double TICKS_PER_SECOND = 100; // the kernel's USER_HZ
    private static final Path FILE = Path.of("target/suite-times.txt");

    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Set<Long> children = ConcurrentHashMap.newKeySet();
    private long[] planStarted;
    private Thread watcher;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (ON) {
            planStarted = now();
            watcher = new Thread(this::watchChildren, "suite-times");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        if (ON && test.getSource().orElse(null) instanceof ClassSource source) {
            started.put(source.getClassName(), System.nanoTime());
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (ON && test.getSource().orElse(null) instanceof ClassSource source) {
            Long start = started.remove(source.getClassName());
            if (start != null) {
                write(String.format("%s start=%.1f wall=%.1f%n", source.getClassName(), (start - planStarted[0]) / 1e9,
                        (System.nanoTime() - start) / 1e9));
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (ON) {
            double watching = ManagementFactory.getThreadMXBean().getThreadCpuTime(watcher.getId()) / 1e9;
            watcher.interrupt();
            long[] end = now();
            write(String.format("suite wall=%.1f self=%.1f watcher=%.1f children=%.1f processes=%d%n", (end[0] - planStarted[0]) / 1e9,
                    (end[1] - planStarted[1]) / TICKS_PER_SECOND, watching, (end[2] - planStarted[2]) / TICKS_PER_SECOND, children.size()));
            long[] withTaken = CpuSlots.nanosWithTaken();
            StringBuilder slots = new StringBuilder("suite seconds with N of " + CpuSlots.COUNT + " CPU slots taken:");
            for (int taken = 0; taken < withTaken.length; taken++) {
                slots.append(String.format(" %d=%.1f", taken, withTaken[taken] / 1e9));
            }
            write(slots.append(System.lineSeparator()).toString());
        }
    }

    private static synchronized void write(String line) {
        try {
            Files.writeString(FILE, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void watchChildren() {
        while (true) {
            ProcessHandle.current().descendants().forEach(child -> children.add(child.pid()));
            try {
                Thread.sleep(500); // a look costs a walk of /proc: every 100 ms, 3 % of a core
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
