package dev.weft.bench;

import dev.weft.agent.race.RaceTracker;
import dev.weft.agent.site.FieldRegistry;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.runtime.Listener;
import dev.weft.runtime.Shadowed;
import dev.weft.runtime.Weft;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The race detector's hot path: a field increment (a read and a write) and an array element increment,
 * plain, and as instrumented code runs them (the hooks before each access) with the live
 * {@link RaceTracker} installed. The object carries its shadow as instrumented classes do
 * ({@link Shadowed}); the common case measured is a thread accessing what it accessed last, in the same
 * epoch. {@code wideFieldHooked} does the same to a field of an object with twelve fields accessed, whose
 * slot the table finds through its index.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FieldAccessBenchmark {

    /** The handle of {@code type}'s {@code Object} field {@code field}, as instrumentation makes it. */
    static VarHandle handle(Class<?> type, String field) {
        try {
            return MethodHandles.lookup().findVarHandle(type, field, Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final int SITE = 0;

    /** An application object as instrumentation leaves it: with its shadow field. */
    abstract static class Instrumented implements Shadowed {
        private static final VarHandle SHADOW = handle(Instrumented.class, "shadow");
        private transient Object shadow;

        @Override
        public Object weft$shadow() {
            return shadow;
        }

        @Override
        public void weft$shadow(Object value) {
            shadow = value;
        }

        @Override
        public boolean weft$shadowIfNone(Object value) {
            return SHADOW.compareAndSet(this, null, value);
        }
    }

    /** An object of one field. */
    public static final class Counter extends Instrumented {
        long count;
    }

    /** An application object of many fields, whose shadow's table looks a field up through its index (more than 8 slots). */
    public static final class Wide extends Instrumented {
        long f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11;
    }

    private final Counter counter = new Counter();
    private final Wide wide = new Wide();
    private int wideField;
    private final long[] totals = new long[64];
    private int field;

    @Setup
    public void install() {
        FieldRegistry fields = new FieldRegistry();
        field = fields.id(getClass().getClassLoader(), Counter.class.getName(), "count");
        Weft.install(new RaceTracker(fields, new SiteRegistry(), List::of, finding -> { }, reason -> { }));
        for (int i = 0; i < 12; i++) { // the constructor's writes, in order: slots 0 to 11
            wideField = fields.id(getClass().getClassLoader(), Wide.class.getName(), "f" + i);
            Weft.write(wide, wideField, SITE);
        }
        wideField--; // f10's
    }

    @TearDown
    public void uninstall() {
        Weft.install(Listener.NOOP);
    }

    @Benchmark
    public long fieldPlain() {
        return ++counter.count;
    }

    @Benchmark
    public long fieldHooked() {
        Weft.read(counter, field, SITE);
        long value = counter.count + 1;
        Weft.write(counter, field, SITE);
        counter.count = value;
        return value;
    }

    @Benchmark
    public long arrayElementPlain() {
        return ++totals[7];
    }

    @Benchmark
    public long arrayElementHooked() {
        Weft.arrayRead(totals, 7, SITE);
        long value = totals[7] + 1;
        Weft.arrayWrite(totals, 7, SITE);
        totals[7] = value;
        return value;
    }

    @Benchmark
    public long wideFieldHooked() {
        Weft.read(wide, wideField, SITE);
        long value = wide.f10 + 1;
        Weft.write(wide, wideField, SITE);
        wide.f10 = value;
        return value;
    }
}
