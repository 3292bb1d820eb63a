package example.apphunt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A session store on {@code Collections.synchronizedMap}: request threads {@code put} and {@code get} sessions (whose
 * mutable fields they change only inside {@code synchronized} on the map), and a reaper iterates the map, as the
 * wrapper's Javadoc requires, inside {@code synchronized (sessions)}, removing idle sessions through the iterator.
 */
// weft: expect none
public final class SessionsSynchronizedMap {

    static final class Session {
        final String user;
        int hits;
        long lastSeen;

        Session(String user) {
            this.user = user;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, Session> sessions = Collections.synchronizedMap(new HashMap<>());
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            int requester = r;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    String id = "s" + (i + requester) % 40;
                    synchronized (sessions) {
                        Session s = sessions.get(id);
                        if (s == null) {
                            s = new Session("user-" + id);
                            sessions.put(id, s);
                        }
                        s.hits++;
                        s.lastSeen = i;
                    }
                }
            }, "request-" + r));
        }
        int[] reaped = new int[1];
        threads.add(new Thread(() -> {
            for (int sweep = 0; sweep < 30; sweep++) {
                synchronized (sessions) {
                    for (var it = sessions.values().iterator(); it.hasNext(); ) {
                        Session s = it.next();
                        if (s.lastSeen < sweep * 10 && s.hits < 3) {
                            it.remove();
                            reaped[0]++;
                        }
                    }
                }
                Thread.yield();
            }
        }, "reaper"));
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(sessions.size() + " " + reaped[0]);
    }
}
