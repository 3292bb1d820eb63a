package example.apphunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A health checker with back-off on a two-thread {@code ScheduledExecutorService}: each check is a one-shot
 * {@code schedule} that, when done, schedules the next one with a delay that grows after failures; the checker's
 * state (plain fields: failures in a row, the delay, a log) is handed from one run to the next only by the
 * {@code schedule} call (the runs may land on either pool thread). After the tenth check a latch lets {@code main}
 * read the state.
 */
// weft: expect none
public final class HealthCheckRescheduling {

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final CountDownLatch done = new CountDownLatch(1);
    private final StringBuilder log = new StringBuilder();
    private int checks;
    private int failuresInARow;
    private long delayMillis = 1;

    void check() {
        checks++;
        boolean healthy = checks % 4 != 0;
        failuresInARow = healthy ? 0 : failuresInARow + 1;
        delayMillis = healthy ? 1 : Math.min(8, delayMillis * 2);
        log.append(healthy ? '+' : '-');
        if (checks == 10) {
            done.countDown();
        } else {
            scheduler.schedule(this::check, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        HealthCheckRescheduling checker = new HealthCheckRescheduling();
        checker.scheduler.schedule(checker::check, 1, TimeUnit.MILLISECONDS);
        checker.done.await();
        System.out.println(checker.checks + " checks " + checker.log + " delay " + checker.delayMillis);
        checker.scheduler.shutdown();
        checker.scheduler.awaitTermination(10, TimeUnit.SECONDS);
    }
}
