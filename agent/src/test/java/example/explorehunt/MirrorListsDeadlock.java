package example.explorehunt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two replicas of a watch list, each a {@code Collections.synchronizedList}: a syncer copies a new entry from one
 * replica to the other while holding the first one's lock (as its Javadoc asks for a compound action), and the
 * other syncer does the same the other way round. The copy's {@code add} takes the second list's lock: each syncer
 * holds one list's lock and waits for the other's.
 */
// weft: expect deadlock
public final class MirrorListsDeadlock {

    static final List<String> PRIMARY = Collections.synchronizedList(new ArrayList<>());
    static final List<String> STANDBY = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws InterruptedException {
        Thread toStandby = new Thread(() -> copyLast(PRIMARY, STANDBY, "ACME"), "to-standby");
        Thread toPrimary = new Thread(() -> {
            MonitorMeetsLock.pause(args);
            copyLast(STANDBY, PRIMARY, "INIT");
        }, "to-primary");
        toStandby.start();
        toPrimary.start();
        toStandby.join();
        toPrimary.join();
        System.out.println(PRIMARY + " " + STANDBY);
    }

    static void copyLast(List<String> from, List<String> to, String symbol) {
        synchronized (from) {
            from.add(symbol);
            to.add(from.get(from.size() - 1)); // the bug: the other list's lock taken under this one's
        }
    }
}
