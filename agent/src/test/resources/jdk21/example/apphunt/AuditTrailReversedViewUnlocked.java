package example.apphunt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * {@link AuditTrailReversedView} whose dashboard peeks at the newest event without the trail's lock, through a
 * reversed view of the list: its {@code getFirst()} reads the list while a user's virtual thread appends to it.
 */
// weft: expect race example.apphunt.AuditTrailReversedViewUnlocked$Trail.events threads=dashboard,user-* collection=java.util.ArrayList
public final class AuditTrailReversedViewUnlocked {

    static final class Trail {
        private final List<String> events = new ArrayList<>();
        private final List<String> newestFirst = events.reversed();
        private final SequencedMap<String, String> lastByUser = new LinkedHashMap<>();
        private final SequencedMap<String, String> recentUsers = lastByUser.reversed();

        synchronized void record(String user, String event) {
            events.add(user + " " + event); // weft: race
            lastByUser.putLast(user, event);
        }

        String peek() {
            return events.isEmpty() ? "nothing yet" : events.reversed().getFirst(); // weft: race
        }

        synchronized String latest() {
            if (newestFirst.isEmpty()) {
                return "nothing yet";
            }
            return newestFirst.getFirst() + " (most recent user " + recentUsers.firstEntry().getKey() + ")";
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Trail trail = new Trail();
        List<Thread> users = new ArrayList<>();
        for (int u = 0; u < 3; u++) {
            String user = List.of("ann", "bob", "cyd").get(u);
            users.add(Thread.ofVirtual().name("user-" + u).start(() -> {
                for (int i = 0; i < 20; i++) {
                    trail.record(user, "step " + i);
                    Thread.yield();
                }
            }));
        }
        Thread dashboard = Thread.ofVirtual().name("dashboard").start(() -> {
            for (int i = 0; i < 20; i++) {
                trail.peek();
                Thread.yield();
            }
        });
        for (Thread user : users) {
            user.join();
        }
        dashboard.join();
        System.out.println(trail.latest() + ", " + trail.events.size() + " events");
    }
}
