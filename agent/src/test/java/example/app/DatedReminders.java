package example.app;

import java.util.Date;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

/**
 * A reminder service: one reminder is due at a date a moment from now, another after a delay; the main thread waits
 * until both went off, then stops the timer. Correct: the count is the latch's.
 */
public final class DatedReminders {

    private DatedReminders() { }

    public static void main(String[] args) throws InterruptedException {
        Timer timer = new Timer("reminders");
        CountDownLatch sent = new CountDownLatch(2);
        timer.schedule(reminder(sent), new Date(System.currentTimeMillis() + 20));
        timer.schedule(reminder(sent), 10);
        sent.await();
        timer.cancel();
        System.out.println("reminders " + (2 - sent.getCount()));
    }

    private static TimerTask reminder(CountDownLatch sent) {
        return new TimerTask() {
            @Override
            public void run() {
                sent.countDown();
            }
        };
    }
}
