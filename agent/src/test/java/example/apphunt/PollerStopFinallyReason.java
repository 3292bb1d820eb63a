package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Feed pollers are stopped by an operator who writes each poller's stop reason, then interrupts it. One poller logs
 * the reason in a {@code finally} block that its {@code InterruptedException} passes through on its way out of
 * {@code run}; another catches it as {@code Exception} around {@code queue.take()}; a third as {@code Throwable}
 * around {@code Thread.sleep}; a fourth in a try-with-resources that closes its feed connection. The interrupt orders
 * the operator's writes before each of them (JLS 17.4.4: the thrown exception detects the interrupt).
 */
// weft: expect none
public final class PollerStopFinallyReason {

    static final class Poller {
        final String name;
        String stopReason;
        int polled;
        final List<String> log = new ArrayList<>();

        Poller(String name) {
            this.name = name;
        }
    }

    static final class FeedConnection implements AutoCloseable {
        final Poller owner;

        FeedConnection(Poller owner) {
            this.owner = owner;
        }

        @Override
        public void close() {
            owner.log.add("closed because " + owner.stopReason);
        }
    }

    static void pollUntilStopped(Poller poller) throws InterruptedException {
        try {
            while (true) {
                poller.polled++;
                Thread.sleep(2);
            }
        } finally {
            poller.log.add("stopped: " + poller.stopReason);
        }
    }

    public static void main(String[] args) throws Exception {
        Poller[] pollers = {new Poller("finally"), new Poller("exception"), new Poller("throwable"), new Poller("resources")};
        BlockingQueue<String> never = new ArrayBlockingQueue<>(1);
        Thread[] threads = new Thread[pollers.length];
        threads[0] = new Thread(() -> {
            try {
                pollUntilStopped(pollers[0]);
            } catch (InterruptedException e) {
                pollers[0].log.add("done");
            }
        }, "poller-finally");
        threads[1] = new Thread(() -> {
            try {
                pollers[1].polled++;
                never.take();
            } catch (Exception e) {
                pollers[1].log.add(e.getClass().getSimpleName() + ": " + pollers[1].stopReason);
            }
        }, "poller-exception");
        threads[2] = new Thread(() -> {
            while (true) {
                try {
                    pollers[2].polled++;
                    Thread.sleep(2);
                } catch (Throwable t) {
                    pollers[2].log.add("stopped: " + pollers[2].stopReason);
                    return;
                }
            }
        }, "poller-throwable");
        threads[3] = new Thread(() -> {
            try (FeedConnection connection = new FeedConnection(pollers[3])) {
                while (true) {
                    pollers[3].polled++;
                    Thread.sleep(2);
                }
            } catch (InterruptedException e) {
                pollers[3].log.add("interrupted");
            }
        }, "poller-resources");
        for (Thread thread : threads) {
            thread.start();
        }
        Thread.sleep(30);
        for (int i = 0; i < pollers.length; i++) {
            pollers[i].stopReason = "maintenance window " + i;
            threads[i].interrupt();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        int lines = 0;
        for (Poller poller : pollers) {
            lines += poller.log.size();
        }
        System.out.println(lines + " log lines");
    }
}
