package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * Two tills record their sales into a {@code long[]} of per-region totals, and both add into the same
 * element with {@code +=}, unsynchronized.
 *
 * <p>{@code till-1} and {@code till-2} pass a start gate together and each records 5,000 sales in the
 * north region, element 0 of the array. An array element is a variable like a field: two threads that
 * read and write it with no order between them race, and sales get lost.
 *
 * <p><b>What weft reports</b>: a race on an element of a {@code long[]} (index 0) between {@code till-1}
 * and {@code till-2}, both at the {@code +=} of {@code record}.
 *
 * <p><b>The fix</b>: {@link ArrayElementsPartitioned} gives each till its own element, and {@code main}
 * adds them up after joining both tills.
 */
@Sample(
        shows = "Two threads add into the same element of a long[] with +=: a data race on an array element.",
        expect = "race",
        field = "long[]",
        threads = {"till-1", "till-2"},
        twin = "ArrayElementsPartitioned")
public final class ArrayElementRace {

    private static final int NORTH = 0;
    private static final int SALES_PER_TILL = 5_000;

    private ArrayElementRace() {
    }

    public static void main(String[] args) throws InterruptedException {
        long[] totalsByRegion = new long[4];
        StartGate gate = new StartGate(2);
        Thread till1 = new Thread(() -> recordSales(totalsByRegion, gate), "till-1");
        Thread till2 = new Thread(() -> recordSales(totalsByRegion, gate), "till-2");
        till1.start();
        till2.start();
        till1.join();
        till2.join();
        System.out.println("north total " + totalsByRegion[NORTH] + ", expected " + 2L * SALES_PER_TILL * 3);
    }

    private static void recordSales(long[] totalsByRegion, StartGate gate) {
        gate.arriveAndAwait();
        for (int i = 0; i < SALES_PER_TILL; i++) {
            record(totalsByRegion, NORTH, 3);
        }
    }

    /** Adds a sale to its region's total, unsynchronized, into an element both tills share: the bug. */
    static void record(long[] totalsByRegion, int region, long amount) {
        totalsByRegion[region] += amount; // weft: race
    }
}
