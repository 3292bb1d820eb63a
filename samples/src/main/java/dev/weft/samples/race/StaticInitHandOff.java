package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * Defaults and a registry built by static initializers, with plain mutable fields, read by two threads that
 * never synchronize with the thread that built them.
 *
 * <p>{@code Defaults.STANDARD} is created in {@code Defaults}' static initializer, whose constructor writes
 * plain fields; {@code Registry.instance()} returns an instance built in the static initializer of a nested
 * holder class, whose constructor fills in a plain array. Whichever of {@code reader-1} and
 * {@code reader-2} touches a class first runs its initializer; the other waits for it on the JVM's
 * class-initialization lock, and every later use of the class comes after the initialization ended
 * (JLS 12.4.2). That is the only thing ordering the initializer's writes with the other thread's reads.
 *
 * <p><b>What weft reports</b>: nothing. A detector that ignores class initialization would wrongly report
 * races on {@code Defaults.timeoutMillis}, {@code Defaults.name} and the registry's array.
 */
@Sample(
        shows = "Objects with plain fields built by static initializers (a constant, a holder) and read by"
                + " other threads: class initialization orders the writes before every use, no race.",
        expect = "none",
        twin = "LazySingleton")
public final class StaticInitHandOff {

    private StaticInitHandOff() {
    }

    /** Settings with plain fields, one instance built when the class is initialized. */
    static final class Defaults {
        static final Defaults STANDARD = new Defaults("standard", 2_500);

        String name;
        int timeoutMillis;

        Defaults(String name, int timeoutMillis) {
            this.name = name;
            this.timeoutMillis = timeoutMillis;
        }
    }

    /** A registry built on first use by the initialization-on-demand holder idiom. */
    static final class Registry {
        private final String[] codes = new String[3];

        private Registry() {
            codes[0] = "EUR";
            codes[1] = "USD";
            codes[2] = "JPY";
        }

        private static final class Holder {
            static final Registry INSTANCE = new Registry();
        }

        static Registry instance() {
            return Holder.INSTANCE;
        }

        String code(int i) {
            return codes[i];
        }
    }

    public static void main(String[] args) throws InterruptedException {
        String[] seen = new String[2];
        StartGate gate = new StartGate(2);
        Thread reader1 = new Thread(() -> {
            gate.arriveAndAwait();
            seen[0] = Defaults.STANDARD.name + " " + Defaults.STANDARD.timeoutMillis + " " + Registry.instance().code(0);
        }, "reader-1");
        Thread reader2 = new Thread(() -> {
            gate.arriveAndAwait();
            seen[1] = Registry.instance().code(2) + " " + Defaults.STANDARD.timeoutMillis + " " + Defaults.STANDARD.name;
        }, "reader-2");
        reader1.start();
        reader2.start();
        reader1.join();
        reader2.join();
        System.out.println(seen[0] + " / " + seen[1]);
    }
}
