package example.collections;

import java.util.ArrayList;
import java.util.List;

/** One thread records readings while another adds them all to a list of its own: {@code addAll} reads its argument. */
// weft: expect race example.collections.AddAllWhileWritten.readings threads=recorder,snapshotter collection=java.util.ArrayList
public final class AddAllWhileWritten {

    static final List<Integer> readings = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            readings.add(i);
        }
        Runnable recorder = () -> {
            for (int i = 0; i < 100; i++) {
                readings.set(i % 10, i); // weft: race
            }
        };
        Runnable snapshotter = () -> {
            long total = 0;
            for (int i = 0; i < 20; i++) {
                List<Integer> all = new ArrayList<>(List.of(-1));
                all.addAll(readings); // weft: race
                total += all.size();
            }
            System.out.println("total " + total);
        };
        Threads.runAll(new String[] {"recorder", "snapshotter"}, recorder, snapshotter);
    }
}
