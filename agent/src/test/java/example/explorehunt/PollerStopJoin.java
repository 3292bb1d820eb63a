package example.explorehunt;

/**
 * A poller service whose {@code synchronized stop()} clears the running flag and joins the polling thread; each poll
 * records its result through the service's {@code synchronized} method. When {@code stop} comes while the poller is
 * about to record, the poller waits for the monitor {@code stop} holds and {@code stop} waits for the poller to end.
 */
// weft: expect deadlock
public final class PollerStopJoin {

    static final class Poller {
        private volatile boolean running = true;
        private int results;
        private final Thread thread = new Thread(this::poll, "poller");

        private void poll() {
            while (running) {
                record();
            }
        }

        private synchronized void record() {
            results++;
        }

        synchronized void stop() throws InterruptedException {
            running = false;
            thread.join(); // the bug: joined holding the monitor the poller needs to finish its round
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Poller poller = new Poller();
        poller.thread.start();
        poller.stop();
        System.out.println("stopped");
    }
}
