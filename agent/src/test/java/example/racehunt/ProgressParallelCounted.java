package example.racehunt;

import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/** The fixed twin of {@code ProgressParallelPeek}: the workers count into a {@code LongAdder}. */
// weft: expect none
public final class ProgressParallelCounted {

    public static void main(String[] args) {
        LongAdder seen = new LongAdder();
        long imported = IntStream.range(0, 20_000).parallel()
                .peek(row -> seen.increment())
                .filter(row -> row % 3 != 0)
                .count();
        System.out.println(imported + " of " + seen.sum());
    }
}
