package example.racehunt;

/** A heartbeat stores the last time it beat in a plain static long; the watchdog reads it: a torn long. */
// weft: expect race example.racehunt.StaticLastSeenNanos.lastBeatNanos threads=heartbeat,watchdog
public final class StaticLastSeenNanos {

    static long lastBeatNanos;

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"heartbeat", "watchdog"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        lastBeatNanos = System.nanoTime(); // weft: race
                    }
                },
                () -> {
                    int late = 0;
                    for (int i = 0; i < 100; i++) {
                        if (System.nanoTime() - lastBeatNanos > 1_000_000_000L) { // weft: race
                            late++;
                        }
                    }
                    System.out.println("late checks " + (late >= 0));
                });
    }
}
