package example.apphunt;

import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/**
 * A web server's sessions expire through a {@code DelayQueue}: the request thread fills each session and puts it
 * in; the reaper thread takes expired ones and writes their end state; the server reads that after joining the
 * reaper. {@code getDelay} and {@code compareTo} read the session's deadline inside the queue's calls.
 */
// weft: expect none
public final class SessionExpiryFixed {

    static final class Session implements Delayed {
        final String user;
        long deadlineNanos;
        int requests;
        String endState = "open";

        Session(String user) {
            this.user = user;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(deadlineNanos, ((Session) other).deadlineNanos);
        }
    }

    public static void main(String[] args) throws Exception {
        DelayQueue<Session> expiring = new DelayQueue<>();
        Session[] sessions = new Session[3];
        Thread reaper = new Thread(() -> {
            try {
                for (int i = 0; i < sessions.length; i++) {
                    Session session = expiring.take();
                    session.endState = "expired after " + session.requests + " requests";
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "reaper");
        reaper.start();
        for (int i = 0; i < sessions.length; i++) {
            Session session = new Session("user" + i);
            session.requests = i + 1;
            session.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10 * (i + 1));
            sessions[i] = session;
            expiring.put(session);
        }
        reaper.join();
        for (Session session : sessions) {
            System.out.println(session.user + ": " + session.endState);
        }
    }
}
