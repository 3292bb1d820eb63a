package example.collections;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** One thread removes finished jobs through an iterator while another counts the jobs. */
// weft: expect race example.collections.IteratorRemoveRace.jobs threads=cleaner,counter collection=java.util.ArrayList
public final class IteratorRemoveRace {

    static final List<Integer> jobs = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            jobs.add(i);
        }
        Runnable cleaner = () -> {
            Iterator<Integer> it = jobs.iterator();
            while (it.hasNext()) {
                if (it.next() % 2 == 0) {
                    it.remove(); // weft: race
                }
            }
        };
        Runnable counter = () -> {
            long seen = 0;
            for (int i = 0; i < 100; i++) {
                seen += jobs.size(); // weft: race
            }
            System.out.println("seen " + seen);
        };
        Threads.runAll(new String[] {"cleaner", "counter"}, cleaner, counter);
    }
}
