package example.racehunt;

/**
 * A collector's histogram is made and filled in one method and handed to a static helper, which looks as if it only
 * read it; but the helper keeps it in a registry an auditor thread reads, and the collector goes on counting into it
 * (cost19: the callee lets the array out).
 */
// weft: expect race int[] threads=collector,auditor
public final class HistogramKeptByRegistry {

    static volatile int[] latest;

    /** Records the histogram as the latest one: it keeps the array. */
    static int register(int[] histogram) {
        latest = histogram;
        return histogram.length;
    }

    static void collect() {
        int[] histogram = new int[4];
        histogram[1] = 1;
        register(histogram);
        for (int i = 0; i < 200; i++) {
            histogram[i % 4]++; // weft: race
        }
    }

    static int audit() {
        int[] seen;
        while ((seen = latest) == null) {
            Thread.onSpinWait();
        }
        int sum = 0;
        for (int i = 0; i < 200; i++) {
            sum += seen[i % 4]; // weft: race
        }
        return sum;
    }

    public static void main(String[] args) throws InterruptedException {
        int[] sum = new int[1];
        Threads.runAll(new String[] {"collector", "auditor"}, HistogramKeptByRegistry::collect, () -> sum[0] = audit());
        System.out.println("audited " + sum[0]);
    }
}
