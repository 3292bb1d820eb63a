package example.collections;

import java.util.TreeMap;

/** One thread prunes past deadlines through a head map while another schedules new ones. */
// weft: expect race example.collections.HeadMapClearedWhileScheduled.deadlines threads=pruner,scheduler collection=java.util.TreeMap
public final class HeadMapClearedWhileScheduled {

    static final TreeMap<Integer, String> deadlines = new TreeMap<>();

    public static void main(String[] args) throws InterruptedException {
        Runnable pruner = () -> {
            for (int now = 0; now < 100; now += 10) {
                deadlines.headMap(now).clear(); // weft: race
            }
        };
        Runnable scheduler = () -> {
            for (int i = 0; i < 100; i++) {
                deadlines.put(i, "task " + i); // weft: race
            }
        };
        Threads.runAll(new String[] {"pruner", "scheduler"}, pruner, scheduler);
    }
}
