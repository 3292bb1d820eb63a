package example.apphunt;

import java.util.Collections;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * A chat server's presence list, the pre-Java-8 idiom of a concurrent set: {@code Collections.newSetFromMap(new
 * ConcurrentHashMap<>())} of sessions (plain fields), which login threads add to while the broadcaster iterates it and
 * streams it; recent logins also go to an {@code asLifoQueue} over a {@code LinkedBlockingDeque}, newest first, which
 * the broadcaster polls. Each passes its calls on to the thread-safe map or deque.
 */
// weft: expect none
public final class ChatPresenceSetFromMap {

    static final class Session {
        String user;
        String room;
        long loggedInAt;
    }

    public static void main(String[] args) throws InterruptedException {
        Set<Session> online = Collections.newSetFromMap(new ConcurrentHashMap<>());
        Queue<Session> recent = Collections.asLifoQueue(new LinkedBlockingDeque<>());
        Thread[] logins = new Thread[2];
        for (int l = 0; l < logins.length; l++) {
            int gateway = l;
            logins[l] = new Thread(() -> {
                for (int i = 0; i < 1500; i++) {
                    Session session = new Session();
                    session.user = "user" + gateway + "-" + i;
                    session.room = "room-" + i % 9;
                    session.loggedInAt = i;
                    online.add(session);
                    recent.offer(session);
                    if (i % 10 == 0) {
                        Thread.yield(); // let the broadcasts overlap the logins
                    }
                }
            }, "login-" + l);
        }
        long[] sent = new long[1];
        Thread broadcaster = new Thread(() -> {
            for (int round = 0; round < 100; round++) {
                for (Session session : online) {
                    sent[0] += session.user.length() + session.room.length();
                }
                sent[0] += online.stream().filter(s -> s.loggedInAt % 2 == 0).count();
                Session newest = recent.poll();
                sent[0] += newest == null ? 0 : newest.user.length();
            }
        }, "broadcaster");
        broadcaster.start();
        for (Thread login : logins) {
            login.start();
        }
        for (Thread login : logins) {
            login.join();
        }
        broadcaster.join();
        System.out.println(online.size() + " online, " + (sent[0] > 0));
    }
}
