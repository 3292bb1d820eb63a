package example.explorehunt;

import java.util.concurrent.ConcurrentHashMap;

/** Twin of {@link SessionTouchEvict}: a request {@code get}s the session once and touches it only if it was there. */
// weft: expect none
public final class SessionTouchOnce {

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
            Session session = SESSIONS.get("alice");
            if (session != null) {
                session.touch();
            }
        }, "request");
        Thread evictor = new Thread(() -> SESSIONS.remove("alice"), "evictor");
        request.start();
        evictor.start();
        request.join();
        evictor.join();
    }
}
