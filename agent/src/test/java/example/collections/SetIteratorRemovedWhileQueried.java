package example.collections;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * A reaper drops idle sessions from a set through its iterator while a request thread asks the set whether
 * a session is still open: the iterator's remove writes the set's contents (the map inside it).
 */
// weft: expect race example.collections.SetIteratorRemovedWhileQueried.openSessions threads=request,reaper collection=java.util.HashSet
public final class SetIteratorRemovedWhileQueried {

    static final Set<String> openSessions = new HashSet<>();

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            openSessions.add("s" + i);
        }
        Runnable reaper = () -> {
            for (Iterator<String> it = openSessions.iterator(); it.hasNext();) {
                if (it.next().hashCode() % 3 == 0) {
                    it.remove(); // weft: race
                }
            }
        };
        Runnable request = () -> {
            try {
                Thread.sleep(200); // no edge: the reaper is done by then, so this call is the later one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println("s7 open: " + openSessions.contains("s7")); // weft: race
        };
        Threads.runAll(new String[] {"reaper", "request"}, reaper, request);
    }
}
