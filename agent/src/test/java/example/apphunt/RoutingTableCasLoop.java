package example.apphunt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A router's table, copied on write: updater threads copy the current table into a new mutable object, change the
 * copy and publish it with a {@code compareAndSet} loop (or {@code getAndUpdate}); lookup threads read whatever table
 * {@code get()} gives them. A published table is never changed again.
 */
// weft: expect none
public final class RoutingTableCasLoop {

    static final class Table {
        final Map<String, String> routes = new HashMap<>();
        int version;

        Table copy() {
            Table next = new Table();
            next.routes.putAll(routes);
            next.version = version + 1;
            return next;
        }
    }

    public static void main(String[] args) throws Exception {
        AtomicReference<Table> current = new AtomicReference<>(new Table());
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < 2; u++) {
            int updater = u;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    String prefix = "10." + updater + "." + i;
                    if (i % 2 == 0) {
                        Table seen;
                        Table next;
                        do {
                            seen = current.get();
                            next = seen.copy();
                            next.routes.put(prefix, "eth" + updater);
                        } while (!current.compareAndSet(seen, next));
                    } else {
                        current.getAndUpdate(seen -> {
                            Table next = seen.copy();
                            next.routes.put(prefix, "wlan" + updater);
                            return next;
                        });
                    }
                }
            }, "updater-" + u));
        }
        long[] hits = new long[2];
        for (int l = 0; l < 2; l++) {
            int lookup = l;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    Table table = current.get();
                    if (table.routes.containsKey("10.0." + i % 100)) {
                        hits[lookup] += table.version;
                    }
                }
            }, "lookup-" + l));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(current.get().version + " " + current.get().routes.size());
    }
}
