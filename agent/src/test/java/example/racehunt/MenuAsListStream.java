package example.racehunt;

import java.util.Arrays;
import java.util.List;

/** A menu's prices are totalled through a stream of its {@code Arrays.asList} view while a manager reprices a dish. */
// weft: expect race java.lang.Integer[] threads=manager,till
public final class MenuAsListStream {

    static final Integer[] PRICES = {450, 780, 990, 320};

    public static void main(String[] args) throws InterruptedException {
        List<Integer> view = Arrays.asList(PRICES);
        Threads.runAll(new String[] {"manager", "till"}, () -> {
            for (int i = 0; i < 2000; i++) {
                PRICES[2] = 900 + i % 100; // weft: race
            }
        }, () -> {
            long total = 0;
            for (int i = 0; i < 500; i++) {
                total += view.stream().mapToInt(Integer::intValue).sum(); // weft: race
            }
            System.out.println(total);
        });
    }
}
