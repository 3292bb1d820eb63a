package example.collections;

import java.util.LongSummaryStatistics;

/** The fixed twin of {@code LatencySummaryShared}: each request thread keeps its own summary, combined after both ended. */
// weft: expect none
public final class LatencySummaryPerThread {

    public static void main(String[] args) throws InterruptedException {
        LongSummaryStatistics first = new LongSummaryStatistics();
        LongSummaryStatistics second = new LongSummaryStatistics();
        Threads.runAll(new String[] {"request-1", "request-2"}, () -> {
            for (int i = 0; i < 500; i++) {
                first.accept(100 + i % 50);
            }
        }, () -> {
            for (int i = 0; i < 500; i++) {
                second.accept(200 + i % 70);
            }
        });
        first.combine(second);
        System.out.println(first);
    }
}
