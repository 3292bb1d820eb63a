package dev.weft.cli.control;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The watchdog's clock for one child JVM: it counts the time the child could run, that is the wall time less the
 * time it was starved of CPU, so that a run slowed by a loaded machine (a JVM given a second of CPU in half a minute)
 * is not taken for one that makes no progress, while a run that is stuck (blocked: its threads sleep; spinning: it
 * runs) is still ended after its bound. The child counts as starved during an interval for as long as the one of its
 * threads that waited longest for a CPU then waited (Linux's {@code /proc/PID/task/TID/schedstat}, its second field);
 * where the kernel does not say, nothing is starved and the clock is the wall clock.
 */
final class RunClock {

    private static final long POLL_NANOS = Duration.ofMillis(500).toNanos();

    private final RunBound bound;
    private final Supplier<Map<String, Long>> cpuWaits;
    private final LongSupplier nanoTime;
    private final long start;
    private Map<String, Long> lastWaits;
    private long last;
    private long starved;

    /**
     * @param cpuWaits the nanoseconds each live thread of the child has waited for a CPU so far, by thread
     * @param nanoTime the wall clock, in nanoseconds
     */
    RunClock(RunBound bound, Supplier<Map<String, Long>> cpuWaits, LongSupplier nanoTime) {
        this.bound = bound;
        this.cpuWaits = cpuWaits;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.last = start;
        this.lastWaits = cpuWaits.get();
    }

    /** The clock of the child JVM {@code pid}, started now. */
    static RunClock of(long pid, RunBound bound) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        return new RunClock(bound, () -> cpuWaits(tasks), System::nanoTime);
    }

    /** How long to wait before asking {@link #passed()} again, in milliseconds (at least 1). */
    long nextWaitMillis() {
        long left = Math.min(bound.running().toNanos() - (last - start - starved), bound.wall().toNanos() - (last - start));
        return Math.max(1, Math.min(POLL_NANOS, left) / 1_000_000);
    }

    /** True when the child has run its bound, or has taken its wall-time bound. */
    boolean passed() {
        long now = nanoTime.getAsLong();
        Map<String, Long> waits = cpuWaits.get();
        long longest = 0;
        for (Map.Entry<String, Long> thread : waits.entrySet()) {
            longest = Math.max(longest, thread.getValue() - lastWaits.getOrDefault(thread.getKey(), 0L));
        }
        starved += Math.min(now - last, longest);
        last = now;
        lastWaits = waits;
        return now - start - starved >= bound.running().toNanos() || now - start >= bound.wall().toNanos();
    }

    /** How long, of its wall time so far, the child was starved of CPU. */
    Duration starved() {
        return Duration.ofNanos(starved);
    }

    /** What the kernel says each thread in {@code tasks} waited for a CPU, in nanoseconds (empty where it does not say). */
    private static Map<String, Long> cpuWaits(Path tasks) {
        Map<String, Long> waits = new HashMap<>();
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                long waited = cpuWait(thread.resolve("schedstat"));
                if (waited >= 0) {
                    waits.put(thread.getFileName().toString(), waited);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no such directory: not Linux, or the child ended
        }
        return waits;
    }

    /** The second field of a thread's {@code schedstat}, or -1 when it cannot be read (the thread ended). */
    private static long cpuWait(Path schedstat) {
        try {
            String[] fields = Files.readString(schedstat).trim().split(" ");
            return fields.length >= 2 ? Long.parseLong(fields[1]) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
