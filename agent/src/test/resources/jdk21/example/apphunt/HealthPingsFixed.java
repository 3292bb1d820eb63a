package example.apphunt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link HealthPings} fixed: the checker reads a ping's result only when {@code join(Duration)} returned true,
 * the ping having ended within its deadline, and counts the others as down.
 */
// weft: expect none
public final class HealthPingsFixed {

    static final class Ping implements Runnable {
        final String host;
        boolean up;

        Ping(String host) {
            this.host = host;
        }

        @Override
        public void run() {
            try {
                Thread.sleep(host.endsWith("7") ? 2_000 : 5); // the last host answers late
            } catch (InterruptedException e) {
                return;
            }
            up = !host.isEmpty();
        }
    }

    public static void main(String[] args) throws Exception {
        List<Ping> pings = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Ping ping = new Ping("host-" + i);
            pings.add(ping);
            threads.add(Thread.ofVirtual().name("ping-" + i).start(ping));
        }
        int up = 0;
        for (int i = 0; i < pings.size(); i++) {
            if (threads.get(i).join(Duration.ofMillis(100))) {
                up += pings.get(i).up ? 1 : 0;
            }
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println(up + " of " + pings.size() + " hosts up");
    }
}
