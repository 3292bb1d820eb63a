package example.racehunt;

import java.util.concurrent.ConcurrentHashMap;

/** Sessions live in a ConcurrentHashMap (safe), but a session's own last-seen field is written and read with no order. */
// weft: expect race example.racehunt.ConcurrentMapSessionFields$Session.lastSeen threads=request,expirer
public final class ConcurrentMapSessionFields {

    static final class Session {
        long lastSeen;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();
        sessions.put("alice", new Session());
        Threads.runAll(new String[] {"request", "expirer"},
                () -> {
                    Session alice = sessions.get("alice");
                    for (int i = 1; i <= 100; i++) {
                        alice.lastSeen = i; // weft: race
                    }
                },
                () -> {
                    int[] stale = new int[1];
                    for (int i = 0; i < 100; i++) {
                        sessions.forEach(1, (user, session) -> { });
                        Session alice = sessions.get("alice");
                        if (alice.lastSeen < 50) { // weft: race
                            stale[0]++;
                        }
                    }
                    System.out.println("stale " + (stale[0] >= 0));
                });
    }
}
