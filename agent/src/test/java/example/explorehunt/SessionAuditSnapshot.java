package example.explorehunt;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

/** {@link SessionAuditHashtable} with the sweeper writing the audit log after its {@code forEach}, from a copy of the users. */
// weft: expect none
public final class SessionAuditSnapshot {

    static final Map<String, Long> SESSIONS = new Hashtable<>();
    static final StringBuilder AUDIT = new StringBuilder();

    public static void main(String[] args) throws InterruptedException {
        SESSIONS.put("alice", 0L);
        Thread login = new Thread(() -> {
            synchronized (AUDIT) {
                AUDIT.append("login bob\n");
                SESSIONS.put("bob", 1L);
            }
        }, "login");
        Thread sweeper = new Thread(() -> {
            List<String> seen = new ArrayList<>();
            SESSIONS.forEach((user, since) -> seen.add(user));
            synchronized (AUDIT) {
                seen.forEach(user -> AUDIT.append("seen ").append(user).append('\n'));
            }
        }, "sweeper");
        login.start();
        sweeper.start();
        login.join();
        sweeper.join();
        synchronized (AUDIT) {
            System.out.print(AUDIT);
        }
    }
}
