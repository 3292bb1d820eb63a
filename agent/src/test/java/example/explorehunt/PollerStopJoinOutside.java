package example.explorehunt;

/** Twin of {@link PollerStopJoin}: {@code stop} joins the poller after leaving the monitor. */
// weft: expect none
public final class PollerStopJoinOutside {

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

        void stop() throws InterruptedException {
            synchronized (this) {
                running = false;
            }
            thread.join();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Poller poller = new Poller();
        poller.thread.start();
        poller.stop();
        System.out.println("stopped");
    }
}
