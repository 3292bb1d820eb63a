package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One thread sorts a shared list with {@code Collections.sort} while another reads it. */
// weft: expect race example.collections.SortedWhileRead.ranking threads=sorter,reader collection=java.util.ArrayList
public final class SortedWhileRead {

    static final List<Integer> ranking = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            ranking.add(i);
        }
        Runnable sorter = () -> {
            for (int i = 0; i < 10; i++) {
                Collections.sort(ranking, i % 2 == 0 ? Collections.reverseOrder() : null); // weft: race
            }
        };
        Runnable reader = () -> {
            long total = 0;
            for (int i = 0; i < 100; i++) {
                total += ranking.get(i % 50); // weft: race
            }
            System.out.println("total " + total);
        };
        Threads.runAll(new String[] {"sorter", "reader"}, sorter, reader);
    }
}
