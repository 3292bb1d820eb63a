package example.app;
import java.util.stream.IntStream;
/** The predicate of a parallel stream's allMatch also adds to a plain counter: a race, and lost updates on some schedules. */
public final class ParallelMatchRace {
    static int count;
    public static void main(String[] args) {
        boolean all = IntStream.range(0, 8).parallel().allMatch(n -> {
            count++;
            return n >= 0;
        });
        System.out.println("all " + all + " count " + count);
    }
}
