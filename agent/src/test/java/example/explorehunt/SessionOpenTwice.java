package example.explorehunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two requests of one user open its session with {@code containsKey} then {@code put} on a {@code ConcurrentHashMap}:
 * both see no session and both open one (check-then-act), so the user gets two sessions and the second replaces
 * the first.
 */
// weft: expect failure
public final class SessionOpenTwice {

    static final ConcurrentHashMap<String, Integer> SESSIONS = new ConcurrentHashMap<>();
    static final AtomicInteger OPENED = new AtomicInteger();

    static int session(String user) {
        if (!SESSIONS.containsKey(user)) { // the bug: another request may open it between the check and the put
            SESSIONS.put(user, OPENED.incrementAndGet());
        }
        return SESSIONS.get(user);
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
