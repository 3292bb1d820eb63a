package example.racehunt;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * Immutable records (with {@code List.of} fields) and listeners with final arrays filled in their
 * constructor, published through a {@code ConcurrentSkipListSet} and a {@code CopyOnWriteArraySet}; a
 * plain array published slot by slot by an {@code AtomicLongFieldUpdater}'s {@code lazySet} of a volatile
 * sequence; a {@code LongAccumulator} of the costs: nothing to report.
 */
// weft: expect none
public final class ConcurrentSetsPublish {

    record Route(String from, int cost, List<String> hops) implements Comparable<Route> {
        @Override
        public int compareTo(Route other) {
            int byCost = Integer.compare(cost, other.cost);
            return byCost != 0 ? byCost : from.compareTo(other.from);
        }
    }

    static final class Listener {
        final String name;
        final int[] weights;

        Listener(String name, int weight) {
            this.name = name;
            this.weights = new int[] {weight, weight * 2};
        }
    }

    static final ConcurrentSkipListSet<Route> routes = new ConcurrentSkipListSet<>();
    static final CopyOnWriteArraySet<Listener> listeners = new CopyOnWriteArraySet<>();
    static final LongAccumulator cheapest = new LongAccumulator(Math::min, Long.MAX_VALUE);
    static final AtomicLongFieldUpdater<ConcurrentSetsPublish> SEQUENCE =
            AtomicLongFieldUpdater.newUpdater(ConcurrentSetsPublish.class, "sequence");

    volatile long sequence;
    final String[] journal = new String[300];

    public static void main(String[] args) throws InterruptedException {
        ConcurrentSetsPublish log = new ConcurrentSetsPublish();
        Runnable planner = () -> {
            for (int i = 0; i < log.journal.length; i++) {
                routes.add(new Route("c" + i, i % 17, List.of("a", "b" + i)));
                if (i % 50 == 0) {
                    listeners.add(new Listener("l" + i, i));
                }
                cheapest.accumulate(i % 17);
                log.journal[i] = "planned c" + i;
                SEQUENCE.lazySet(log, i + 1);
            }
        };
        Runnable user = () -> {
            long seen = 0;
            int read = 0;
            while (read < log.journal.length) {
                Route best = routes.isEmpty() ? null : routes.first();
                if (best != null) {
                    seen += best.cost() + best.hops().get(1).length();
                }
                for (Listener l : listeners) {
                    seen += l.weights[1] + l.name.length();
                }
                for (long published = SEQUENCE.get(log); read < published; read++) {
                    seen += log.journal[read].length();
                }
            }
            System.out.println("seen " + seen + ", cheapest " + cheapest.get());
        };
        Threads.runAll(new String[] {"planner", "user"}, planner, user);
    }
}
