package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Orders made by the main thread, grouped by customer by a parallel stream's
 * {@code collect(Collectors.groupingBy(..))}: the classifier and the summing function read the orders'
 * plain fields in the common pool's threads.
 *
 * <p>The functions that read the orders are not arguments of the stream's call: they are inside the
 * {@code Collector}, which the stream runs in its worker threads. Starting a parallel stream happens-before
 * each of its functions, wherever they are, and their ends happen-before the terminal operation's return.
 *
 * <p><b>What weft reports</b>: nothing. A detector that only orders the functions passed to the stream's
 * calls would report races on {@code Order.customer} and {@code Order.quantity}.
 */
@Sample(
        shows = "A parallel stream groups orders by customer with collect(groupingBy(..)): the collector's"
                + " functions read the caller's objects in the pool's threads, no race.",
        expect = "none",
        twin = "CollectorSharedCounter")
public final class ParallelCollectorHandOff {

    private ParallelCollectorHandOff() {
    }

    /** An order, filled by the main thread. */
    static final class Order {
        String customer;
        int quantity;
    }

    public static void main(String[] args) {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            Order order = new Order();
            order.customer = "customer-" + (i % 7);
            order.quantity = i % 5;
            orders.add(order);
        }
        Map<String, Integer> byCustomer = orders.parallelStream()
                .collect(Collectors.groupingBy(order -> order.customer, Collectors.summingInt(order -> order.quantity)));
        orders.forEach(order -> order.quantity = 0);
        System.out.println(byCustomer);
    }
}
