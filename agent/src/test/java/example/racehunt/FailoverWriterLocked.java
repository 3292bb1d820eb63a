package example.racehunt;

import java.util.concurrent.locks.ReentrantLock;

/** Failover swaps the primary host under a lock; the router reads it without the lock. */
// weft: expect race example.racehunt.FailoverWriterLocked.primary threads=monitor,router
public final class FailoverWriterLocked {

    private final ReentrantLock lock = new ReentrantLock();
    private String primary = "db-a";

    void failover(String host) {
        lock.lock();
        try {
            primary = host; // weft: race
        } finally {
            lock.unlock();
        }
    }

    String primary() {
        return primary; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        FailoverWriterLocked routes = new FailoverWriterLocked();
        Threads.runAll(new String[] {"monitor", "router"},
                () -> {
                    for (int i = 0; i < 50; i++) {
                        routes.failover(i % 2 == 0 ? "db-b" : "db-a");
                    }
                },
                () -> {
                    int length = 0;
                    for (int i = 0; i < 50; i++) {
                        length += routes.primary().length();
                    }
                    System.out.println("routed " + length);
                });
    }
}
