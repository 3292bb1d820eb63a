package example.explorehunt;

/**
 * Two workers share a tally under a monitor for 500 rounds each (a prefix of about a thousand lock operations), then
 * the feeder tells the collector to stop: it sets a volatile flag and notifies. The collector checks the flag outside
 * the monitor and then waits: a stop that comes between the check and the wait is lost, and the collector waits
 * for good. The bug is only reachable behind the long prefix.
 */
// weft: expect deadlock
public final class WarmupLostStop {

    static final int ROUNDS = 500;
    static final Object TALLY_LOCK = new Object();
    static final Object STOP_SIGNAL = new Object();
    static int tally;
    static volatile boolean stopped;

    public static void main(String[] args) throws InterruptedException {
        Thread feeder = new Thread(() -> {
            count();
            stopped = true;
            synchronized (STOP_SIGNAL) {
                STOP_SIGNAL.notifyAll();
            }
        }, "feeder");
        Thread collector = new Thread(() -> {
            count();
            try {
                if (!stopped) { // the bug: checked outside the monitor the signal comes through
                    synchronized (STOP_SIGNAL) {
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
