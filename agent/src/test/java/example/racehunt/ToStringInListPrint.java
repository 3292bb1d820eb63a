package example.racehunt;

import java.util.ArrayList;
import java.util.List;

/** A reporter prints its own list of readings; the list's toString calls each reading's toString, which races with the sensor. */
// weft: expect race example.racehunt.ToStringInListPrint$Reading.celsius threads=sensor,reporter
public final class ToStringInListPrint {

    static final class Reading {
        double celsius;

        @Override
        public String toString() {
            return celsius + "C"; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Reading kitchen = new Reading();
        Threads.runAll(new String[] {"sensor", "reporter"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        kitchen.celsius = 20 + i % 3; // weft: race
                    }
                },
                () -> {
                    List<Reading> mine = new ArrayList<>();
                    mine.add(kitchen);
                    int length = 0;
                    for (int i = 0; i < 100; i++) {
                        length += mine.toString().length();
                    }
                    System.out.println("printed " + (length > 0));
                });
    }
}
