package example.firstrule;

import java.lang.reflect.Method;
import java.util.function.IntSupplier;

/**
 * A tariff table initialized on first use through {@code Method.invoke} by one thread and through a method reference
 * by another, neither holding a lock its static initializer takes ({@link Tariffs} takes the rates' lock, which the
 * threads take only after). Consistent order: no deadlock, no lock-order cycle.
 */
public final class TariffsByReflection {

    static final Object RATES = new Object();

    static final class Tariffs {
        static final int BASE;

        static {
            synchronized (RATES) {
                BASE = 7;
            }
        }

        static int base() {
            return BASE;
        }
    }

    public static void main(String[] args) throws Exception {
        Method base = Tariffs.class.getDeclaredMethod("base");
        int[] seen = new int[2];
        Thread billing = new Thread(() -> {
            try {
                int value = (Integer) base.invoke(null);
                synchronized (RATES) {
                    seen[0] = value;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }, "billing");
        Thread quoting = new Thread(() -> {
            IntSupplier rate = Tariffs::base;
            int value = rate.getAsInt();
            synchronized (RATES) {
                seen[1] = value;
            }
        }, "quoting");
        billing.start();
        quoting.start();
        billing.join();
        quoting.join();
        System.out.println("tariffs: " + (seen[0] + seen[1]));
    }
}
