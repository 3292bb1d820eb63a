package example.apphunt;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A login service keeps sessions in a {@code Collections.synchronizedMap}; request threads add and touch sessions
 * inside {@code synchronized (sessions)} blocks, and a sweeper iterates over the map (removing idle sessions) while it
 * holds the map's lock, as the wrapper's Javadoc says it must.
 */
// weft: expect none
public final class LoginSessions {

    static final class Session {
        int hits;
        long lastSeen;
    }

    public static void main(String[] args) throws Exception {
        Map<String, Session> sessions = Collections.synchronizedMap(new HashMap<>());
        Thread[] requests = new Thread[2];
        for (int r = 0; r < requests.length; r++) {
            int offset = r;
            requests[r] = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    String user = "u" + ((i + offset) % 10);
                    synchronized (sessions) {
                        Session session = sessions.computeIfAbsent(user, name -> new Session());
                        session.hits++;
                        session.lastSeen = i;
                    }
                }
            }, "request-" + r);
        }
        int[] swept = new int[1];
        Thread sweeper = new Thread(() -> {
            for (int round = 0; round < 20; round++) {
                synchronized (sessions) {
                    for (Iterator<Session> it = sessions.values().iterator(); it.hasNext(); ) {
                        Session session = it.next();
                        if (session.hits > 30 && session.lastSeen < 100) {
                            it.remove();
                            swept[0]++;
                        }
                    }
                }
                Thread.yield();
            }
        }, "sweeper");
        for (Thread request : requests) {
            request.start();
        }
        sweeper.start();
        for (Thread request : requests) {
            request.join();
        }
        sweeper.join();
        System.out.println(sessions.size() + " sessions, " + swept[0] + " swept");
    }
}
