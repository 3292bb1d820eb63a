package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Exchanger;
import java.util.concurrent.TimeUnit;

/**
 * A log compactor: an appender fills a segment and swaps it with the compactor's empty one through an
 * {@code Exchanger} (double buffering, the last swap with a timeout); the compactor folds each full segment into the
 * shared index. Two checkers verify the index in rounds: each checks half of the keys and writes its tally, and the
 * {@code CyclicBarrier}'s action, run by the last to arrive, merges both tallies into the round's summary, which both
 * read after {@code await}.
 */
// weft: expect none
public final class LogCompactorExchangerBarrier {

    static final class Segment {
        final List<String> records = new ArrayList<>();
        int generation;
    }

    static final class Index {
        final int[] counts = new int[16];
        int segments;
    }

    static final class Summary {
        int rounds;
        long total;
    }

    public static void main(String[] args) throws Exception {
        Exchanger<Segment> swap = new Exchanger<>();
        Index index = new Index();
        Thread appender = new Thread(() -> {
            Segment filling = new Segment();
            try {
                for (int generation = 1; generation <= 6; generation++) {
                    filling.generation = generation;
                    for (int r = 0; r < 40; r++) {
                        filling.records.add("key-" + (r * generation) % 16);
                    }
                    filling = generation == 6 ? swap.exchange(filling, 5, TimeUnit.SECONDS) : swap.exchange(filling);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "appender");
        Thread compactor = new Thread(() -> {
            Segment empty = new Segment();
            try {
                for (int round = 0; round < 6; round++) {
                    Segment full = swap.exchange(empty);
                    for (String record : full.records) {
                        index.counts[Integer.parseInt(record.substring(4))]++;
                    }
                    index.segments = full.generation;
                    full.records.clear();
                    empty = full;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "compactor");
        appender.start();
        compactor.start();
        appender.join();
        compactor.join();

        long[] tallies = new long[2];
        Summary summary = new Summary();
        CyclicBarrier checked = new CyclicBarrier(2, () -> {
            summary.rounds++;
            summary.total = tallies[0] + tallies[1];
        });
        List<Thread> checkers = new ArrayList<>();
        for (int half = 0; half < 2; half++) {
            int mine = half;
            Thread checker = new Thread(() -> {
                try {
                    for (int round = 0; round < 3; round++) {
                        long tally = 0;
                        for (int k = mine * 8; k < mine * 8 + 8; k++) {
                            tally += (long) index.counts[k] * (round + 1);
                        }
                        tallies[mine] = tally;
                        checked.await();
                        if (summary.total < tally || summary.rounds != 2 * round + 1) {
                            throw new IllegalStateException("round " + round);
                        }
                        checked.await(); // both have read the summary before the next round's tallies (the action runs again)
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "checker-" + half);
            checkers.add(checker);
            checker.start();
        }
        for (Thread checker : checkers) {
            checker.join();
        }
        System.out.println(index.segments + " segments, " + summary.rounds + " barrier rounds, total " + summary.total);
    }
}
