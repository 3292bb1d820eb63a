package example.explorehunt;

/** Twin of {@link WarmupLostStop}: the collector checks the flag under the monitor the stop is signalled through, in a loop. */
// weft: expect none
public final class WarmupGuardedStop {

    static final int ROUNDS = 500;
    static final Object TALLY_LOCK = new Object();
    static final Object STOP_SIGNAL = new Object();
    static int tally;
    static volatile boolean stopped;

    public static void main(String[] args) throws InterruptedException {
        Thread feeder = new Thread(() -> {
            count();
            synchronized (STOP_SIGNAL) {
                stopped = true;
                STOP_SIGNAL.notifyAll();
            }
        }, "feeder");
        Thread collector = new Thread(() -> {
            count();
            try {
                synchronized (STOP_SIGNAL) {
                    while (!stopped) {
                        STOP_SIGNAL.wait();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "collector");
        feeder.start();
        collector.start();
        feeder.join();
        collector.join();
        System.out.println("tally " + tally);
    }

    static void count() {
        for (int i = 0; i < ROUNDS; i++) {
            synchronized (TALLY_LOCK) {
                tally++;
            }
        }
    }
}
