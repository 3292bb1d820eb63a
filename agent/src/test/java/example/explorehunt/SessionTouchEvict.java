package example.explorehunt;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in a {@code ConcurrentHashMap}: a request checks {@code containsKey}, then {@code get}s the session to touch
 * it, while the evictor removes expired sessions. Each call is thread-safe, the pair is not: a session removed between
 * the two gives {@code null}, and the request fails with a {@code NullPointerException}.
 */
// weft: expect failure
public final class SessionTouchEvict {

    static final class Session {
        private volatile long lastSeen;

        void touch() {
            lastSeen = System.nanoTime();
        }
    }

    static final ConcurrentHashMap<String, Session> SESSIONS = new ConcurrentHashMap<>();

    public static void main(String[] args) throws InterruptedException {
        SESSIONS.put("alice", new Session());
        Thread request = new Thread(() -> {
            if (SESSIONS.containsKey("alice")) { // the bug: checked, then fetched, apart
                SESSIONS.get("alice").touch();
            }
        }, "request");
        Thread evictor = new Thread(() -> SESSIONS.remove("alice"), "evictor");
        request.start();
        evictor.start();
        request.join();
        evictor.join();
    }
}
