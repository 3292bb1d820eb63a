package example.apphunt;

import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The presence list of {@code ChatPresenceSetFromMap}, racy: a login thread moves its first session to another room
 * after its last {@code add}, and the broadcaster, having seen every session through {@code size()}, iterates the set
 * and reads the room, unordered with the move in any interleaving.
 */
// weft: expect race example.apphunt.ChatPresenceSetFromMapLate$Session.room threads=broadcaster,login
public final class ChatPresenceSetFromMapLate {

    static final class Session {
        String user;
        String room;
    }

    public static void main(String[] args) throws InterruptedException {
        Set<Session> online = Collections.newSetFromMap(new ConcurrentHashMap<>());
        int count = 300;
        Thread login = new Thread(() -> {
            Session first = null;
            for (int i = 0; i < count; i++) {
                Session session = new Session();
                session.user = "user-" + i;
                session.room = "lobby";
                online.add(session);
                first = first == null ? session : first;
            }
            first.room = "support"; // weft: race
        }, "login");
        long[] sent = new long[1];
        Thread broadcaster = new Thread(() -> {
            while (online.size() < count) {
                Thread.onSpinWait();
            }
            for (Session session : online) {
                sent[0] += session.user.length() + session.room.length(); // weft: race
            }
        }, "broadcaster");
        broadcaster.start();
        login.start();
        login.join();
        broadcaster.join();
        System.out.println(sent[0] > 0);
    }
}
