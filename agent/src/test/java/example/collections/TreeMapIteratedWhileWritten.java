package example.collections;

import java.util.ConcurrentModificationException;
import java.util.Map;
import java.util.TreeMap;

/** One thread puts scores into a TreeMap while another iterates over it. */
// weft: expect race example.collections.TreeMapIteratedWhileWritten.scores threads=writer,reader collection=java.util.TreeMap
public final class TreeMapIteratedWhileWritten {

    static final TreeMap<String, Integer> scores = new TreeMap<>();

    public static void main(String[] args) throws InterruptedException {
        Runnable writer = () -> {
            for (int i = 0; i < 200; i++) {
                scores.put("player" + i, i); // weft: race
            }
        };
        Runnable reader = () -> {
            long total = 0;
            for (int round = 0; round < 20; round++) {
                try {
                    for (Map.Entry<String, Integer> score : scores.entrySet()) { // weft: race
                        total += score.getValue();
                    }
                } catch (ConcurrentModificationException e) {
                    total = -1;
                }
            }
            System.out.println("total " + total);
        };
        Threads.runAll(new String[] {"writer", "reader"}, writer, reader);
    }
}
