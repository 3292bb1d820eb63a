package dev.weft.bench;

import dev.weft.agent.deadlock.LockTracker;
import dev.weft.runtime.Listener;
import dev.weft.runtime.Weft;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the deadlock detector on the hot path of an uncontended lock operation: the same
 * critical section plain, and as instrumented code runs it (the hook calls around the operation) with
 * the live {@link LockTracker} installed, or with no listener ({@code none}: the cost of the hooks alone).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LockHookBenchmark {

    private static final int SITE = 0;

    @Param({"tracker", "none"})
    public String listener;

    private final Object monitor = new Object();
    private final ReentrantLock lock = new ReentrantLock();
    private long counter;

    @Setup
    public void install() {
        Weft.install("tracker".equals(listener) ? new LockTracker() : Listener.NOOP);
    }

    @TearDown
    public void uninstall() {
        Weft.install(Listener.NOOP);
    }

    @Benchmark
    public long synchronizedPlain() {
        synchronized (monitor) {
            return ++counter;
        }
    }

    @Benchmark
    public long synchronizedHooked() {
        Weft.beforeMonitorEnter(monitor, SITE);
        synchronized (monitor) {
            Weft.afterMonitorEnter(monitor, SITE);
            long value = ++counter;
            Weft.beforeMonitorExit(monitor, SITE);
            return value;
        }
    }

    @Benchmark
    public long nestedSynchronizedHooked() {
        Weft.beforeMonitorEnter(monitor, SITE);
        synchronized (monitor) {
            Weft.afterMonitorEnter(monitor, SITE);
            Weft.beforeMonitorEnter(this, SITE);
            synchronized (this) {
                Weft.afterMonitorEnter(this, SITE);
                long value = ++counter;
                Weft.beforeMonitorExit(this, SITE);
                Weft.beforeMonitorExit(monitor, SITE);
                return value;
            }
        }
    }

    @Benchmark
    public long reentrantLockPlain() {
        lock.lock();
        try {
            return ++counter;
        } finally {
            lock.unlock();
        }
    }

    @Benchmark
    public long reentrantLockHooked() {
        Weft.lock(lock, SITE);
        try {
            return ++counter;
        } finally {
            Weft.unlock(lock, SITE);
        }
    }
}
