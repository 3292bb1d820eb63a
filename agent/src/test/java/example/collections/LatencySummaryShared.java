package example.collections;

import java.util.LongSummaryStatistics;

/**
 * An endpoint keeps its latency summary (count, sum, min, max) in one {@code LongSummaryStatistics}, which is not
 * thread-safe; two request threads record into it with no lock, so counts and sums are lost.
 */
// weft: expect race example.collections.LatencySummaryShared$Endpoint.latencies threads=request-1,request-2 collection=java.util.LongSummaryStatistics
public final class LatencySummaryShared {

    static final class Endpoint {
        final LongSummaryStatistics latencies = new LongSummaryStatistics();

        void served(long micros) {
            latencies.accept(micros); // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Endpoint endpoint = new Endpoint();
        Threads.runAll(new String[] {"request-1", "request-2"}, () -> {
            for (int i = 0; i < 500; i++) {
                endpoint.served(100 + i % 50);
            }
        }, () -> {
            for (int i = 0; i < 500; i++) {
                endpoint.served(200 + i % 70);
            }
        });
        System.out.println(endpoint.latencies);
    }
}
