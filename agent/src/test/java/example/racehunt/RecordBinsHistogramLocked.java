package example.racehunt;

/** {@link RecordBinsHistogram} fixed: a bin is bumped under the record's lock. */
// weft: expect none
public final class RecordBinsHistogramLocked {

    record Histogram(String name, int[] bins) {
        synchronized void add(long micros) {
            bins()[(int) Math.min(micros / 100, bins.length - 1)]++;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Histogram latency = new Histogram("latency", new int[4]);
        Threads.runAll(new String[] {"request-1", "request-2"},
                () -> { for (int i = 0; i < 2000; i++) latency.add(i % 400); },
                () -> { for (int i = 0; i < 2000; i++) latency.add(i % 300); });
        synchronized (latency) {
            System.out.println(latency.name() + " " + java.util.Arrays.toString(latency.bins()));
        }
    }
}
