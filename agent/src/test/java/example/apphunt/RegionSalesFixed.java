package example.apphunt;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A sales report groups orders by region in a parallel stream with {@code groupingBy} and a mutable downstream
 * ({@code Collector.of} over a totals object), and ranks the orders with a parallel {@code sorted} whose
 * comparator reads their fields.
 */
// weft: expect none
public final class RegionSalesFixed {

    static final class Order {
        final String region;
        final long cents;

        Order(String region, long cents) {
            this.region = region;
            this.cents = cents;
        }
    }

    static final class Totals {
        long cents;
        int orders;

        void add(Order order) {
            cents += order.cents;
            orders++;
        }

        Totals merge(Totals other) {
            cents += other.cents;
            orders += other.orders;
            return this;
        }
    }

    public static void main(String[] args) {
        List<Order> orders = IntStream.range(0, 10_000)
                .mapToObj(i -> new Order(i % 3 == 0 ? "east" : "west", 500 + i % 700)).toList();
        Map<String, Totals> byRegion = orders.parallelStream().collect(Collectors.groupingBy(o -> o.region,
                Collector.of(Totals::new, Totals::add, Totals::merge)));
        List<Order> top = orders.parallelStream().sorted(Comparator.comparingLong((Order o) -> o.cents).reversed())
                .limit(5).toList();
        System.out.println(byRegion.get("east").orders + " east, top " + top.get(0).cents);
    }
}
