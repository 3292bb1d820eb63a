package example.apphunt;

import java.util.List;

/**
 * A shipping calculator: {@code main} makes an immutable rate card (a record holding an unmodifiable list) and stores
 * it in a plain static field, then starts the calculator threads, which read it; later {@code main} builds a new card
 * and starts a second round of threads on it ({@code Thread.start} orders each store before the threads it starts).
 */
// weft: expect none
public final class ShippingRatesBeforeStart {

    record RateCard(String zone, List<Integer> centsPerKilo) { }

    static RateCard card;

    static long round(String name) throws InterruptedException {
        long[] costs = new long[3];
        Thread[] calculators = new Thread[3];
        for (int i = 0; i < calculators.length; i++) {
            int calculator = i;
            calculators[i] = new Thread(() -> {
                for (int kilos = 1; kilos < 50; kilos++) {
                    costs[calculator] += (long) kilos * card.centsPerKilo().get(kilos % card.centsPerKilo().size());
                }
            }, name + "-" + i);
        }
        for (Thread t : calculators) {
            t.start();
        }
        for (Thread t : calculators) {
            t.join();
        }
        return costs[0] + costs[1] + costs[2];
    }

    public static void main(String[] args) throws Exception {
        card = new RateCard("eu", List.of(120, 135, 150));
        long eu = round("eu-calculator");
        card = new RateCard("us", List.of(300, 320));
        long us = round("us-calculator");
        System.out.println(eu + " " + us);
    }
}
