package example.collections;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A view of a map made before the threads start (so no call of the reading thread is on the map itself):
 * one thread sums the values through it while another puts scores.
 */
// weft: expect race example.collections.ValuesViewReadWhileWritten.scores threads=writer,reader collection=java.util.HashMap
public final class ValuesViewReadWhileWritten {

    static final Map<String, Integer> scores = new HashMap<>();

    public static void main(String[] args) throws InterruptedException {
        Collection<Integer> values = scores.values();
        Runnable writer = () -> {
            for (int i = 0; i < 200; i++) {
                scores.put("player" + (i % 50), i); // weft: race
            }
        };
        Runnable reader = () -> {
            long total = 0;
            for (int round = 0; round < 20; round++) {
                try {
                    for (int value : values) { // weft: race
                        total += value;
                    }
                } catch (java.util.ConcurrentModificationException e) {
                    total = -1;
                }
            }
            System.out.println("total " + total);
        };
        Threads.runAll(new String[] {"writer", "reader"}, writer, reader);
    }
}
