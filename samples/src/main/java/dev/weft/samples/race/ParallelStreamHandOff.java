package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Orders priced on a parallel stream: {@code main} builds plain order objects, the stream's functions run
 * in the common pool's workers and in {@code main}, build plain line objects, reduce them, and group them;
 * {@code main} reads everything after the terminal operations.
 *
 * <p>A parallel stream's functions see what the caller did before the terminal operation, and the
 * terminal operation returns after every function ran; the functions that combine partial results
 * ({@code reduce}'s) see what the functions that made them did. Nothing else orders the workers' writes
 * with {@code main}'s reads, or {@code main}'s writes with the workers' reads.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "Plain objects made by main, and by parallel stream functions (map, forEach, reduce, collect),"
                + " read across the common pool's threads and main: the stream orders them, no race.",
        expect = "none",
        twin = "ParallelStreamLostUpdate")
public final class ParallelStreamHandOff {

    private ParallelStreamHandOff() {
    }

    /** An order, filled in by {@code main}. */
    static final class Order {
        int quantity;
        long unitCents;
    }

    /** A priced line, made by a stream function in any thread. */
    static final class Line {
        long cents;
        int items;
    }

    public static void main(String[] args) {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            Order order = new Order();
            order.quantity = 1 + i % 5;
            order.unitCents = 100 + i % 7;
            orders.add(order);
        }
        List<Line> lines = orders.parallelStream().map(order -> {
            Line line = new Line();
            line.cents = order.quantity * order.unitCents;
            line.items = order.quantity;
            return line;
        }).collect(Collectors.toList());
        long cents = 0;
        for (Line line : lines) {
            cents += line.cents;
        }
        Line total = lines.parallelStream().reduce(new Line(), (a, b) -> {
            Line sum = new Line();
            sum.cents = a.cents + b.cents;
            sum.items = a.items + b.items;
            return sum;
        });
        Line[] byIndex = new Line[orders.size()];
        IntStream.range(0, byIndex.length).parallel().forEach(i -> {
            byIndex[i] = new Line();
            byIndex[i].items = orders.get(i).quantity;
        });
        Map<Integer, Long> byItems = lines.parallelStream()
                .collect(Collectors.groupingBy(line -> line.items, Collectors.counting()));
        System.out.println(cents + " = " + total.cents + " cents, " + total.items + " items, "
                + byIndex[byIndex.length - 1].items + " in the last order, " + byItems.size() + " sizes");
    }
}
