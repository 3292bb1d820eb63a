package example.racehunt;

import java.util.Arrays;
import java.util.List;

/** The fixed twin of {@code QuorumAsListEquals}: the balancer and the monitor take the array's lock. */
// weft: expect none
public final class QuorumAsListEqualsLocked {

    static final String[] REPLICAS = {"node-a", "node-b", "node-c"};
    static final List<String> EXPECTED = List.of("node-a", "node-b", "node-c");

    public static void main(String[] args) throws InterruptedException {
        List<String> current = Arrays.asList(REPLICAS);
        Threads.runAll(new String[] {"balancer", "monitor"}, () -> {
            for (int i = 0; i < 600; i++) {
                synchronized (REPLICAS) {
                    REPLICAS[2] = "node-c"; // re-pins the third replica where it is
                }
            }
        }, () -> {
            int healthy = 0;
            for (int i = 0; i < 600; i++) {
                synchronized (REPLICAS) {
                    if (current.equals(EXPECTED)) {
                        healthy++;
                    }
                }
            }
            System.out.println(healthy);
        });
    }
}
