package example.app;
import java.util.Arrays;
import java.util.stream.IntStream;
/** The function of a parallel prefix also adds to a plain counter: a race, and lost updates on some schedules. */
public final class ParallelPrefixRace {
    static int count;
    public static void main(String[] args) {
        int[] sums = IntStream.range(0, 64).toArray();
        Arrays.parallelPrefix(sums, (a, b) -> {
            count++;
            return a + b;
        });
        System.out.println("sum " + sums[63] + " count " + count);
    }
}
