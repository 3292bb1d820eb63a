package example.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/**
 * A relay's baton, a {@code Semaphore} of one permit in a final field, used as a signal: the runner takes it and never
 * gives it back; the referee does, 600 ms later. Meanwhile the runner wants the track's monitor, which the starter holds
 * while it waits for the baton: through the runner's permit alone it looks like {@link TicketDeskSemaphoreDeadlock}'s
 * cycle, but the referee's release frees the starter, then the runner. A correct program: nothing to report (the baton's
 * field is no mutex: the runner's method takes the permit and does not give it back).
 */
public final class SemaphoreBatonReturnedByReferee {
    private final Semaphore baton = new Semaphore(1);
    private final Object track = new Object();
    private final CountDownLatch batonTaken = new CountDownLatch(1), trackTaken = new CountDownLatch(1);

    void run() {
        baton.acquireUninterruptibly();
        batonTaken.countDown();
        TicketDeskSemaphoreDeadlock.await(trackTaken);
        synchronized (track) {
            System.out.println("runner on the track");
        }
    }

    void start() {
        TicketDeskSemaphoreDeadlock.await(batonTaken);
        synchronized (track) {
            trackTaken.countDown();
            baton.acquireUninterruptibly();
            System.out.println("starter has the baton");
        }
    }

    void referee() {
        SemaphoreSlowHolder.pause(600);
        baton.release();
    }

    public static void main(String[] args) throws InterruptedException {
        SemaphoreBatonReturnedByReferee relay = new SemaphoreBatonReturnedByReferee();
        Thread runner = new Thread(relay::run, "runner");
        Thread starter = new Thread(relay::start, "starter");
        Thread referee = new Thread(relay::referee, "referee");
        runner.start();
        starter.start();
        referee.start();
        runner.join();
        starter.join();
        referee.join();
        System.out.println("relay done");
    }
}
