package example.racehunt;

import java.util.Arrays;
import java.util.List;

/** The fixed twin of {@code MenuAsListStream}: the manager and the till hold the menu's lock. */
// weft: expect none
public final class MenuAsListStreamLocked {

    static final Integer[] PRICES = {450, 780, 990, 320};

    public static void main(String[] args) throws InterruptedException {
        List<Integer> view = Arrays.asList(PRICES);
        Threads.runAll(new String[] {"manager", "till"}, () -> {
            for (int i = 0; i < 2000; i++) {
                synchronized (PRICES) {
                    PRICES[2] = 900 + i % 100;
                }
            }
        }, () -> {
            long total = 0;
            for (int i = 0; i < 500; i++) {
                synchronized (PRICES) {
                    total += view.stream().mapToInt(Integer::intValue).sum();
                }
            }
            System.out.println(total);
        });
    }
}
