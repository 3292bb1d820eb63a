package example.explorehunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/**
 * A ticket desk whose counter is a {@code Semaphore} of one permit used as a mutex, and a queue guarded by its
 * monitor. Serving takes the counter's permit and then the queue's monitor; a walk-in holds the queue's monitor and
 * then takes the permit to be served at once: a cycle of a semaphore and a monitor.
 * {@link TicketDeskSemaphoreOrdered} is the twin with no cycle.
 */
// weft: expect deadlock
public final class TicketDeskSemaphoreMutex {

    static final class Desk {
        final Semaphore counter = new Semaphore(1);
        final List<String> queue = new ArrayList<>();
        final List<String> served = new ArrayList<>();

        void serveNext() throws InterruptedException {
            counter.acquire();
            try {
                synchronized (queue) {
                    if (!queue.isEmpty()) {
                        served.add(queue.remove(0));
                    }
                }
            } finally {
                counter.release();
            }
        }

        void walkIn(String name, boolean ordered) throws InterruptedException {
            synchronized (queue) {
                queue.add(name);
                if (!ordered) {
                    serveAtCounter(name);
                }
            }
            if (ordered) {
                serveAtCounter(name);
            }
        }

        private void serveAtCounter(String name) throws InterruptedException {
            counter.acquire();
            try {
                served.add(name + " (walk-in)");
            } finally {
                counter.release();
            }
        }
    }

    /** With an argument, the clerk serves only after the walk-in (a latch): a plain run predicts the cycle. */
    public static void main(String[] args) throws InterruptedException {
        run(false, args);
    }

    static void run(boolean ordered, String[] args) throws InterruptedException {
        Desk desk = new Desk();
        CountDownLatch walkedIn = new CountDownLatch(args.length > 0 ? 1 : 0);
        Thread walkIn = new Thread(() -> {
            try {
                desk.walkIn("ada", ordered);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            walkedIn.countDown();
        }, "walk-in");
        Thread clerk = new Thread(() -> {
            HubTransfersThreeWay.await(walkedIn);
            try {
                desk.serveNext();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "clerk");
        walkIn.start();
        clerk.start();
        walkIn.join();
        clerk.join();
        System.out.println("served: " + desk.served);
    }
}
