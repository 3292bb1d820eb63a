package example.apphunt;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A lottery draws ticket objects from {@code Stream.iterate(seed, hasNext, next)} made parallel and from
 * {@code Stream.generate} made parallel and cut by {@code limit(n)} (after which only the tickets' final numbers are
 * read), joins two parallel streams with {@code Stream.concat}, and flattens books of tickets with {@code flatMap}: the tickets are made by the stream's functions and read by others in the common pool.
 */
// weft: expect none
public final class TicketNumbersFixed {

    static final class Ticket {
        final long number;
        String draw;

        Ticket(long number, String draw) {
            this.number = number;
            this.draw = draw;
        }
    }

    public static void main(String[] args) {
        long iterated = Stream.iterate(new Ticket(1, "weekly"), t -> t.number < 4_000, t -> new Ticket(t.number + 1, t.draw))
                .parallel().filter(t -> t.draw.equals("weekly")).mapToLong(t -> t.number % 10).sum();
        long generated = Stream.generate(() -> new Ticket(7, "daily")).parallel().limit(4_000)
                .mapToLong(t -> t.number).sum();
        Stream<Ticket> first = Stream.iterate(1, i -> i + 1).limit(3_000).map(i -> new Ticket(i, "a")).toList().parallelStream();
        Stream<Ticket> second = Stream.iterate(1, i -> i + 1).limit(3_000).map(i -> new Ticket(i, "b")).toList().parallelStream();
        long concatenated = Stream.concat(first, second).filter(t -> t.draw.equals("b")).count();
        List<List<Ticket>> books = Stream.iterate(0, i -> i + 1).limit(300)
                .map(b -> Stream.iterate(0, i -> i + 1).limit(20).map(i -> new Ticket(b * 20L + i, "book")).toList())
                .collect(Collectors.toList());
        long flattened = books.parallelStream().flatMap(book -> book.stream().map(t -> new Ticket(t.number, t.draw + "!")))
                .filter(t -> t.draw.endsWith("!")).count();
        System.out.println(iterated + " " + generated + " " + concatenated + " " + flattened);
    }
}
