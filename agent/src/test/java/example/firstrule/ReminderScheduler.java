package example.firstrule;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A scheduled pool of one thread: a periodic heartbeat sits in its queue while main waits for three beats, then a
 * delayed reminder is queued while main waits for it with no timeout. Its queue holds tasks not yet due: no deadlock.
 */
public final class ReminderScheduler {

    public static void main(String[] args) throws Exception {
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(1);
        CountDownLatch beats = new CountDownLatch(3);
        var heartbeat = clock.scheduleAtFixedRate(beats::countDown, 300, 300, TimeUnit.MILLISECONDS);
        beats.await();
        heartbeat.cancel(false);
        String reminder = clock.schedule(() -> "reminder sent", 200, TimeUnit.MILLISECONDS).get();
        clock.shutdown();
        System.out.println(reminder);
    }
}
