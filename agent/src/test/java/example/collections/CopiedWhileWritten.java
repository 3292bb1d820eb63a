package example.collections;

import java.util.ArrayList;
import java.util.List;

/** One thread records readings while another copies them with a copy constructor, which reads the list inside the JDK. */
// weft: expect race example.collections.CopiedWhileWritten.readings threads=recorder,snapshotter collection=java.util.ArrayList
public final class CopiedWhileWritten {

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
                List<Integer> copy = new ArrayList<>(readings); // weft: race
                total += copy.size();
            }
            System.out.println("total " + total);
        };
        Threads.runAll(new String[] {"recorder", "snapshotter"}, recorder, snapshotter);
    }
}
