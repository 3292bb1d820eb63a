package example.app;
import java.util.stream.IntStream;
/** The accumulator of a parallel stream's reduction also adds to a plain counter: a race, and lost updates on some schedules. */
public final class ParallelReduceRace {
    static int count;
    public static void main(String[] args) {
        int sum = IntStream.range(0, 8).boxed().parallel().reduce(0, (total, n) -> {
            count++;
            return total + n;
        }, Integer::sum);
        System.out.println("sum " + sum + " count " + count);
    }
}
