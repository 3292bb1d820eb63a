package example.apphunt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A health check of a fleet's hosts: one virtual thread pings each host and records whether it answered; the
 * checker gives each ping a deadline with {@code join(Duration)} and reads the result. It ignores what
 * {@code join} returned, so it reads the result of a ping that is still running: the last host answers but keeps
 * its connection open until the checker hangs up, after its deadline.
 */
// weft: expect race example.apphunt.HealthPings$Ping.up threads=main,ping-*
public final class HealthPings {

    static final class Ping implements Runnable {
        final String host;
        final CountDownLatch hungUp;
        boolean up;

        Ping(String host, CountDownLatch hungUp) {
            this.host = host;
            this.hungUp = hungUp;
        }

        @Override
        public void run() {
            try {
                Thread.sleep(5);
                up = !host.isEmpty(); // weft: race
                if (host.endsWith("7")) {
                    hungUp.await(); // the last host keeps its connection open
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        List<Ping> pings = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch hungUp = new CountDownLatch(1);
        for (int i = 0; i < 8; i++) {
            Ping ping = new Ping("host-" + i, hungUp);
            pings.add(ping);
            threads.add(Thread.ofVirtual().name("ping-" + i).start(ping));
        }
        int up = 0;
        for (int i = 0; i < pings.size(); i++) {
            threads.get(i).join(Duration.ofMillis(100));
            up += pings.get(i).up ? 1 : 0; // weft: race
        }
        hungUp.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println(up + " of " + pings.size() + " hosts up");
    }
}
