package example.explorehunt;

import java.util.Hashtable;
import java.util.Map;

/**
 * Sessions kept in a {@code Hashtable}, whose methods lock the table: the login path adds a session while holding
 * the audit log's monitor, and the sweeper's {@code forEach} over the table (run holding the table's lock) writes
 * each expired session into the audit log under its monitor. The two take the table's lock and the log's in
 * opposite orders.
 */
// weft: expect deadlock
public final class SessionAuditHashtable {

    static final Map<String, Long> SESSIONS = new Hashtable<>();
    static final StringBuilder AUDIT = new StringBuilder();

    public static void main(String[] args) throws InterruptedException {
        SESSIONS.put("alice", 0L);
        Thread login = new Thread(() -> {
            synchronized (AUDIT) {
                AUDIT.append("login bob\n");
                SESSIONS.put("bob", 1L); // the table's lock taken under the log's
            }
        }, "login");
        Thread sweeper = new Thread(() -> {
            MonitorMeetsLock.pause(args);
            SESSIONS.forEach((user, since) -> { // the bug: the log's lock taken under the table's
                synchronized (AUDIT) {
                    AUDIT.append("seen ").append(user).append('\n');
                }
            });
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
