package example.collections;

import java.util.ArrayList;
import java.util.List;

/** Two threads add to one ArrayList with nothing ordering them. */
// weft: expect race example.collections.ListAddRace.items threads=adder-1,adder-2 collection=java.util.ArrayList
public final class ListAddRace {

    static final List<Integer> items = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        Runnable adder = () -> {
            for (int i = 0; i < 100; i++) {
                items.add(i); // weft: race
            }
        };
        Threads.runAll(new String[] {"adder-1", "adder-2"}, adder, adder);
        System.out.println("added " + items.size());
    }
}
