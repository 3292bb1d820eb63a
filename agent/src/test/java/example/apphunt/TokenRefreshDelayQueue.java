package example.apphunt;

import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/**
 * An OAuth token refresher: sessions sit in a {@code DelayQueue} until their token is due; the refresher takes a due
 * session, renews its token and expiry (plain fields read by {@code getDelay} and {@code compareTo}, which the queue
 * calls in whichever thread is inside it) and puts it back until it has been renewed three times. A client thread
 * adds sessions while the refresher runs.
 */
// weft: expect none
public final class TokenRefreshDelayQueue {

    static final class Session implements Delayed {
        final String user;
        String token;
        long dueNanos;
        int renewals;

        Session(String user, long delayMillis) {
            this.user = user;
            this.token = user + "-t0";
            this.dueNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis);
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(dueNanos, ((Session) other).dueNanos);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        DelayQueue<Session> due = new DelayQueue<>();
        int sessions = 24;
        Thread client = new Thread(() -> {
            for (int s = 0; s < sessions; s++) {
                due.put(new Session("user" + s, s % 5));
            }
        }, "client");
        int[] tokenChars = new int[1];
        Thread refresher = new Thread(() -> {
            int finished = 0;
            try {
                while (finished < sessions) {
                    Session session = due.take();
                    session.renewals++;
                    session.token = session.user + "-t" + session.renewals;
                    tokenChars[0] += session.token.length();
                    if (session.renewals < 3) {
                        session.dueNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1);
                        due.put(session);
                    } else {
                        finished++;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "refresher");
        refresher.start();
        client.start();
        client.join();
        refresher.join();
        System.out.println(tokenChars[0] + " token chars");
    }
}
