package example.explorehunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Twin of {@link SessionOpenTwice}: {@code computeIfAbsent} opens the session at most once. */
// weft: expect none
public final class SessionOpenOnce {

    static final ConcurrentHashMap<String, Integer> SESSIONS = new ConcurrentHashMap<>();
    static final AtomicInteger OPENED = new AtomicInteger();

    static int session(String user) {
        return SESSIONS.computeIfAbsent(user, u -> OPENED.incrementAndGet());
    }

    public static void main(String[] args) throws InterruptedException {
        Thread first = new Thread(() -> session("ada"), "request-1");
        Thread second = new Thread(() -> session("ada"), "request-2");
        first.start();
        second.start();
        first.join();
        second.join();
        if (OPENED.get() != 1) {
            throw new IllegalStateException(OPENED.get() + " sessions opened for one user");
        }
        System.out.println("one session");
    }
}
