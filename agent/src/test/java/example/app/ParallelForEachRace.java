package example.app;
import java.util.stream.IntStream;
/** The parts of a parallel stream add to a plain counter: a race, and lost updates on some schedules. */
public final class ParallelForEachRace {
    static int count;
    public static void main(String[] args) {
        IntStream.range(0, 8).parallel().forEach(i -> count++);
        System.out.println("count " + count);
    }
}
