package example.explorehunt;

import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

/** The twin of {@link ReminderTimerCancelRead}: main waits for the reminder's latch before it cancels the timer and reads. */
// weft: expect none
public final class ReminderTimerCancelAwaited {

    static long sentAt;

    public static void main(String[] args) throws InterruptedException {
        Timer timer = new Timer("reminders");
        CountDownLatch sent = new CountDownLatch(1);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                sentAt = 42;
                sent.countDown();
            }
        }, 0);
        sent.await();
        timer.cancel();
        System.out.println("sent at " + sentAt);
    }
}
