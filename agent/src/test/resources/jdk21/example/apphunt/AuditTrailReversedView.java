package example.apphunt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * An audit trail read newest first (JDK 21+): virtual threads append events to a plain {@code ArrayList} and record
 * each user's last event in a {@code LinkedHashMap} moved to the end on every event ({@code putLast}), all holding
 * the trail's lock; a dashboard virtual thread reads both through their reversed views ({@code List.reversed()},
 * {@code SequencedMap.reversed()}), made once, holding the same lock.
 */
// weft: expect none
public final class AuditTrailReversedView {

    static final class Trail {
        private final List<String> events = new ArrayList<>();
        private final List<String> newestFirst = events.reversed();
        private final SequencedMap<String, String> lastByUser = new LinkedHashMap<>();
        private final SequencedMap<String, String> recentUsers = lastByUser.reversed();

        synchronized void record(String user, String event) {
            events.add(user + " " + event);
            lastByUser.putLast(user, event);
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
                trail.latest();
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
