package example.racehunt;

import java.util.Arrays;
import java.util.List;

/** A monitor compares the current replica set, an {@code Arrays.asList} view, with the expected one while a balancer moves replicas in the array. */
// weft: expect race java.lang.String[] threads=balancer,monitor
public final class QuorumAsListEquals {

    static final String[] REPLICAS = {"node-a", "node-b", "node-c"};
    static final List<String> EXPECTED = List.of("node-a", "node-b", "node-c");

    public static void main(String[] args) throws InterruptedException {
        List<String> current = Arrays.asList(REPLICAS);
        Threads.runAll(new String[] {"balancer", "monitor"}, () -> {
            for (int i = 0; i < 600; i++) {
                REPLICAS[2] = "node-c"; // weft: race
            }
        }, () -> {
            int healthy = 0;
            for (int i = 0; i < 600; i++) {
                if (current.equals(EXPECTED)) { // weft: race
                    healthy++;
                }
            }
            System.out.println(healthy);
        });
    }
}
