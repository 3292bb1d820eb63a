package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * The correct twin of {@link ArrayElementRace}: each till adds its sales into its own element of a
 * {@code long[]}, and {@code main} adds the elements up after joining both tills.
 *
 * <p>{@code till-1} and {@code till-2} pass a start gate together and each records 5,000 sales, into
 * element 0 and element 1. Different elements are different variables, so the tills never touch the same
 * one; {@code join()} orders both tills' writes before {@code main}'s reads.
 *
 * <p><b>What weft reports</b>: nothing. A detector that tracked an array as one variable would wrongly
 * report a race here.
 */
@Sample(
        shows = "Two threads each add into their own element of a long[], and main reads them after join:"
                + " no race.",
        expect = "none",
        twin = "ArrayElementRace")
public final class ArrayElementsPartitioned {

    private static final int SALES_PER_TILL = 5_000;

    private ArrayElementsPartitioned() {
    }

    public static void main(String[] args) throws InterruptedException {
        long[] totalsByTill = new long[2];
        StartGate gate = new StartGate(2);
        Thread till1 = new Thread(() -> recordSales(totalsByTill, 0, gate), "till-1");
        Thread till2 = new Thread(() -> recordSales(totalsByTill, 1, gate), "till-2");
        till1.start();
        till2.start();
        till1.join();
        till2.join();
        long total = 0;
        for (long tillTotal : totalsByTill) {
            total += tillTotal;
        }
        System.out.println("north total " + total + ", expected " + 2L * SALES_PER_TILL * 3);
    }

    private static void recordSales(long[] totalsByTill, int till, StartGate gate) {
        gate.arriveAndAwait();
        for (int i = 0; i < SALES_PER_TILL; i++) {
            totalsByTill[till] += 3;
        }
    }
}
