package example.apphunt;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A lottery makes its tickets in a parallel stream's source or functions and reads their fields after a stateful
 * operation: {@code Stream.iterate(..).parallel().limit(n).filter(..)}, {@code generate(..).limit(n)}, {@code skip},
 * {@code IntStream.iterate(..).limit(n).mapToObj(..).sorted(comparator)}, {@code distinct()} and {@code sorted} after
 * a {@code map} of a list's parallel stream. The JDK evaluates what comes before the stateful operation into a buffer,
 * then forks new tasks over the buffer, so a ticket made in one worker is read in another; the JDK's own joins
 * order them.
 */
// weft: expect none
public final class LotteryDrawsStatefulFixed {

    static final class Ticket {
        final long number;
        String draw;

        Ticket(long number, String draw) {
            this.number = number;
            this.draw = draw;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Ticket ticket && ticket.number == number && ticket.draw.equals(draw);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(number) * 31 + draw.hashCode();
        }
    }

    public static void main(String[] args) {
        long weekly = Stream.iterate(new Ticket(1, "weekly"), t -> new Ticket(t.number + 1, t.draw))
                .parallel().limit(4_000).filter(t -> t.draw.equals("weekly")).count();
        long daily = Stream.generate(() -> new Ticket(7, "daily")).parallel().limit(4_000)
                .filter(t -> t.draw.length() == 5).count();
        long late = Stream.iterate(new Ticket(1, "late"), t -> t.number < 5_000, t -> new Ticket(t.number + 1, t.draw))
                .parallel().skip(10).filter(t -> t.draw.equals("late")).count();
        long sorted = IntStream.iterate(0, i -> i + 1).parallel().limit(5_000).mapToObj(i -> new Ticket(i, "sorted"))
                .sorted(Comparator.comparing((Ticket t) -> t.draw).thenComparingLong(t -> t.number))
                .filter(t -> t.draw.equals("sorted")).count();
        List<Integer> ids = IntStream.range(0, 5_000).boxed().toList();
        long distinct = ids.parallelStream().map(i -> new Ticket(i % 100, "repeat")).distinct().limit(3_000)
                .filter(t -> t.draw.equals("repeat")).count();
        long ranked = ids.parallelStream().map(i -> new Ticket(i, "ranked")).sorted(Comparator.comparing(t -> t.draw))
                .filter(t -> t.draw.equals("ranked")).count();
        long bonus = LongStream.iterate(1, n -> n + 1).parallel().limit(2_000).mapToObj(n -> new Ticket(n, "bonus"))
                .takeWhile(t -> t.number < 1_500).filter(t -> t.draw.startsWith("b")).count();
        System.out.println(weekly + " " + daily + " " + late + " " + sorted + " " + distinct + " " + ranked + " " + bonus);
    }
}
