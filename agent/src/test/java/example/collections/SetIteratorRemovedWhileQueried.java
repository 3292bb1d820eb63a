package example.collections;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * A reaper drops idle sessions from a set through its iterator while a request thread asks the set whether
 * a session is still open: the iterator's remove writes the set's contents (the map inside it).
 */
// weft: expect race example.collections.SetIteratorRemovedWhileQueried.openSessions threads=request,reaper collection=java.util.HashSet
public final class SetIteratorRemovedWhileQueried {

    static final Set<String> openSessions = new HashSet<>();
    static volatile boolean answered;

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            openSessions.add("s" + i);
        }
        Thread reaper = new Thread(() -> {
            for (Iterator<String> it = openSessions.iterator(); it.hasNext();) {
                if (it.next().hashCode() % 3 == 0) {
                    it.remove(); // weft: race
                }
            }
            while (!answered) {
                LockSupport.park(); // the request waits until the reaper parks here: done, but no edge to it
            }
        }, "reaper");
        Thread request = new Thread(() -> {
            while (reaper.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            System.out.println("s7 open: " + openSessions.contains("s7")); // weft: race
            answered = true;
            LockSupport.unpark(reaper);
        }, "request");
        reaper.start();
        request.start();
        reaper.join();
        request.join();
    }
}
