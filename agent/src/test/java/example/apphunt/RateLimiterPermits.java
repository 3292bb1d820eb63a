package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An API gateway's rate limiter: a refiller task of a scheduled pool tops a {@code Semaphore} up to its quota (a
 * plain object {@code main} filled before it started the clients), and client threads take two permits at a time
 * with {@code tryAcquire(2, timeout)}, writing the request they were let through into their own log.
 */
// weft: expect none
public final class RateLimiterPermits {

    static final class Quota {
        int perTick;
        String plan;
    }

    public static void main(String[] args) throws Exception {
        Quota quota = new Quota();
        quota.perTick = 6;
        quota.plan = "gold";
        Semaphore permits = new Semaphore(0);
        ScheduledExecutorService refiller = Executors.newSingleThreadScheduledExecutor();
        refiller.scheduleAtFixedRate(() -> permits.release(Math.max(0, quota.perTick - permits.availablePermits())),
                0, 2, TimeUnit.MILLISECONDS);
        AtomicInteger served = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        List<List<String>> logs = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            List<String> log = new ArrayList<>();
            logs.add(log);
            int client = c;
            Thread t = new Thread(() -> {
                for (int r = 0; r < 20; r++) {
                    try {
                        if (permits.tryAcquire(2, 1, TimeUnit.SECONDS)) {
                            log.add(quota.plan + "-" + client + "-" + r);
                            served.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "client-" + c);
            clients.add(t);
            t.start();
        }
        for (Thread t : clients) {
            t.join();
        }
        refiller.shutdown();
        refiller.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println(served.get() + " " + logs.stream().mapToInt(List::size).sum());
    }
}
