package example.explorehunt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@link MirrorListsDeadlock} with the copy made after the first list's lock is let go. */
// weft: expect none
public final class MirrorListsOrdered {

    static final List<String> PRIMARY = Collections.synchronizedList(new ArrayList<>());
    static final List<String> STANDBY = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws InterruptedException {
        Thread toStandby = new Thread(() -> copyLast(PRIMARY, STANDBY, "ACME"), "to-standby");
        Thread toPrimary = new Thread(() -> copyLast(STANDBY, PRIMARY, "INIT"), "to-primary");
        toStandby.start();
        toPrimary.start();
        toStandby.join();
        toPrimary.join();
        System.out.println(PRIMARY + " " + STANDBY);
    }

    static void copyLast(List<String> from, List<String> to, String symbol) {
        String last;
        synchronized (from) {
            from.add(symbol);
            last = from.get(from.size() - 1);
        }
        to.add(last);
    }
}
