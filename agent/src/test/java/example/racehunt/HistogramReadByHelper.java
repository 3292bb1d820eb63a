package example.racehunt;

/**
 * The twin of {@link HistogramKeptByRegistry}: each collector's histogram goes to a static helper that only sums
 * it (through another helper), so it never leaves its thread; the collectors share only a joined result.
 */
// weft: expect none
public final class HistogramReadByHelper {

    static int total(int[] histogram) {
        return sum(histogram, 0);
    }

    private static int sum(int[] histogram, int from) {
        int sum = 0;
        for (int i = from; i < histogram.length; i++) {
            sum += histogram[i];
        }
        return sum;
    }

    static int collect() {
        int[] histogram = new int[4];
        for (int i = 0; i < 200; i++) {
            histogram[i % 4]++;
        }
        return total(histogram);
    }

    public static void main(String[] args) throws InterruptedException {
        int[] sums = new int[2];
        Threads.runAll(new String[] {"collector-1", "collector-2"}, () -> sums[0] = collect(), () -> sums[1] = collect());
        System.out.println("collected " + sums[0] + " " + sums[1]);
    }
}
