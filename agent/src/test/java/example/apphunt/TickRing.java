package example.apphunt;

import java.lang.reflect.Field;
import sun.misc.Unsafe;

/**
 * Market ticks handed from a feed thread to a pricer through a single-producer, single-consumer ring on
 * {@code sun.misc.Unsafe}, as JCTools' queues (and Netty's copy of them) build it: a slot is published with
 * {@code putOrderedObject} and taken with {@code getObjectVolatile}; the indices are {@code volatile} fields written
 * with {@code putOrderedLong} and read directly. {@link TickRingFixed}'s ring, whose feed corrects a tick's price
 * after it offered the tick: the pricer may be reading it already.
 */
// weft: expect race example.apphunt.TickRing$Tick.price threads=feed,main
public final class TickRing {

    static final class Tick {
        String symbol;
        double price;
    }

    static final class Ring {
        private static final Unsafe UNSAFE = unsafe();
        private static final long BASE = UNSAFE.arrayBaseOffset(Object[].class);
        private static final long SCALE = UNSAFE.arrayIndexScale(Object[].class);
        private static final long PRODUCED = offset("produced");
        private static final long CONSUMED = offset("consumed");

        private final Object[] slots = new Object[16];
        private volatile long produced;
        private volatile long consumed;

        boolean offer(Tick tick) {
            long index = produced;
            if (index - consumed == slots.length) {
                return false;
            }
            UNSAFE.putOrderedObject(slots, BASE + (index % slots.length) * SCALE, tick);
            UNSAFE.putOrderedLong(this, PRODUCED, index + 1);
            return true;
        }

        Tick poll() {
            long index = consumed;
            long slot = BASE + (index % slots.length) * SCALE;
            Tick tick = (Tick) UNSAFE.getObjectVolatile(slots, slot);
            if (tick != null) {
                UNSAFE.putOrderedObject(slots, slot, null);
                UNSAFE.putOrderedLong(this, CONSUMED, index + 1);
            }
            return tick;
        }

        private static long offset(String field) {
            try {
                return UNSAFE.objectFieldOffset(Ring.class.getDeclaredField(field));
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Unsafe unsafe() {
            try {
                Field field = Unsafe.class.getDeclaredField("theUnsafe");
                field.setAccessible(true);
                return (Unsafe) field.get(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Ring ring = new Ring();
        Thread feed = new Thread(() -> {
            for (int i = 0; i < 400; i++) {
                Tick tick = new Tick();
                tick.symbol = i % 2 == 0 ? "ACME" : "INIT";
                tick.price = 100;
                while (!ring.offer(tick)) {
                    Thread.onSpinWait();
                }
                pause(); // the adjustment comes from a slower source
                tick.price += i % 13; // weft: race
            }
        }, "feed");
        feed.start();
        double total = 0;
        for (int taken = 0; taken < 400; ) {
            Tick tick = ring.poll();
            if (tick == null) {
                Thread.onSpinWait();
                continue;
            }
            total += tick.symbol.equals("ACME") ? tick.price : -tick.price; // weft: race
            taken++;
        }
        feed.join();
        System.out.println("net " + total);
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
