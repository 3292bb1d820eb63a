package example.apphunt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A router's table is guarded by a fair {@code ReentrantReadWriteLock}: lookups take the read lock (sometimes with a
 * timed {@code tryLock}, counting the misses in their own thread), the route updater takes the write lock and
 * downgrades to the read lock to verify what it wrote; the main thread joins the threads and reads the table and the
 * lookups' tallies.
 */
// weft: expect none
public final class RouteTableFairReadWrite {

    static final class Route {
        String nextHop;
        int metric;

        Route(String nextHop, int metric) {
            this.nextHop = nextHop;
            this.metric = metric;
        }
    }

    static final class Lookups extends Thread {
        final ReentrantReadWriteLock lock;
        final Map<String, Route> table;
        int found;
        int busy;
        long metrics;

        Lookups(String name, ReentrantReadWriteLock lock, Map<String, Route> table) {
            super(name);
            this.lock = lock;
            this.table = table;
        }

        @Override
        public void run() {
            for (int i = 0; i < 400; i++) {
                String prefix = "10." + i % 16 + ".0.0/16";
                try {
                    if (i % 3 == 0 ? !lock.readLock().tryLock(1, TimeUnit.MILLISECONDS) : !lockRead()) {
                        busy++;
                        continue;
                    }
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    Route route = table.get(prefix);
                    if (route != null) {
                        found++;
                        metrics += route.metric + route.nextHop.length();
                    }
                } finally {
                    lock.readLock().unlock();
                }
            }
        }

        private boolean lockRead() {
            lock.readLock().lock();
            return true;
        }
    }

    public static void main(String[] args) throws Exception {
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
        Map<String, Route> table = new HashMap<>();
        List<Lookups> lookups = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lookups.add(new Lookups("lookup-" + i, lock, table));
        }
        Thread updater = new Thread(() -> {
            for (int round = 0; round < 60; round++) {
                lock.writeLock().lock();
                String prefix = "10." + round % 16 + ".0.0/16";
                try {
                    Route route = table.get(prefix);
                    if (route == null) {
                        table.put(prefix, new Route("gw-" + round, round));
                    } else {
                        route.metric = Math.min(route.metric, round);
                        route.nextHop = "gw-" + round;
                    }
                    lock.readLock().lock(); // downgrade
                } finally {
                    lock.writeLock().unlock();
                }
                try {
                    if (table.get(prefix).nextHop == null) {
                        throw new IllegalStateException(prefix);
                    }
                } finally {
                    lock.readLock().unlock();
                }
            }
        }, "route-updater");
        updater.start();
        lookups.forEach(Thread::start);
        updater.join();
        long total = 0;
        for (Lookups l : lookups) {
            l.join();
            total += l.found + l.busy + l.metrics;
        }
        for (Route route : table.values()) {
            total += route.metric;
        }
        System.out.println(table.size() + " routes, " + total);
    }
}
