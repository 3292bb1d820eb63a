package example.apphunt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A web server's session registry is a {@code Collections.synchronizedMap}: request threads make a session if absent
 * and touch it in one compound step under the map's own lock ({@code synchronized (sessions)}), and a reaper thread
 * walks the map under that lock, expiring idle sessions through the iterator and reading their fields; the main thread
 * joins them all and reads the survivors through {@code values()} under the lock.
 */
// weft: expect none
public final class SessionRegistrySynchronizedMap {

    static final class Session {
        final String user;
        int requests;
        long lastSeen;
        final List<String> pages = new ArrayList<>();

        Session(String user) {
            this.user = user;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, Session> sessions = Collections.synchronizedMap(new HashMap<>());
        List<Session> expired = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int worker = w;
            threads.add(new Thread(() -> {
                for (int r = 0; r < 300; r++) {
                    String user = "user-" + (r * 7 + worker) % 23;
                    synchronized (sessions) {
                        Session session = sessions.get(user);
                        if (session == null) {
                            session = new Session(user);
                            sessions.put(user, session);
                        }
                        session.requests++;
                        session.lastSeen = r;
                        session.pages.add("/page/" + r % 5);
                    }
                }
            }, "request-" + w));
        }
        threads.add(new Thread(() -> {
            for (int sweep = 0; sweep < 20; sweep++) {
                synchronized (sessions) {
                    for (Iterator<Session> it = sessions.values().iterator(); it.hasNext(); ) {
                        Session session = it.next();
                        if (session.requests > 25 && session.pages.size() % 4 == 0) {
                            it.remove();
                            expired.add(session);
                        }
                    }
                }
                Thread.yield();
            }
        }, "reaper"));
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        int requests = 0;
        synchronized (sessions) {
            for (Session session : sessions.values()) {
                requests += session.requests + session.pages.size();
            }
        }
        for (Session session : expired) {
            requests += session.requests;
        }
        System.out.println(sessions.size() + " live, " + expired.size() + " expired, " + requests);
    }
}
