package example.collections;

import java.util.ArrayList;
import java.util.List;

/** The twin of ListAddRace: the adds hold the list's monitor. */
// weft: expect none
public final class ListAddLocked {

    static final List<Integer> items = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        Runnable adder = () -> {
            for (int i = 0; i < 100; i++) {
                synchronized (items) {
                    items.add(i);
                }
            }
        };
        Threads.runAll(new String[] {"adder-1", "adder-2"}, adder, adder);
        System.out.println("added " + items.size());
    }
}
