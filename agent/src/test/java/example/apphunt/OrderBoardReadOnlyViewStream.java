package example.apphunt;

import java.util.Collection;
import java.util.Collections;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An order service keeps open orders in a {@code ConcurrentHashMap} and gives its dashboard only a read-only view,
 * {@code Collections.unmodifiableCollection(orders.values())}; intake threads put fully built orders while the
 * dashboard keeps summing the view with {@code stream()}, which the view passes on to the map's weakly consistent
 * values: it may meet orders put after it began, and each put is ordered before that read.
 */
// weft: expect none
public final class OrderBoardReadOnlyViewStream {

    static final class Order {
        long cents;
        String customer;
        int lines;
    }

    static final class OrderService {
        private final ConcurrentHashMap<Integer, Order> orders = new ConcurrentHashMap<>();
        final Collection<Order> openOrders = Collections.unmodifiableCollection(orders.values());

        void accept(int number, long cents, String customer, int lines) {
            Order order = new Order();
            order.cents = cents;
            order.customer = customer;
            order.lines = lines;
            orders.put(number, order);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        OrderService service = new OrderService();
        Thread[] intake = new Thread[2];
        for (int t = 0; t < intake.length; t++) {
            int desk = t;
            intake[t] = new Thread(() -> {
                for (int i = 0; i < 1500; i++) {
                    service.accept(desk * 100_000 + i, 500 + i, "c" + i % 40, 1 + i % 4);
                    if (i % 10 == 0) {
                        Thread.yield(); // let the dashboard's streams overlap the intake
                    }
                }
            }, "intake-" + t);
        }
        long[] totals = new long[1];
        Thread dashboard = new Thread(() -> {
            for (int refresh = 0; refresh < 150; refresh++) {
                totals[0] += service.openOrders.stream().mapToLong(order -> order.cents * order.lines + order.customer.length()).sum();
            }
        }, "dashboard");
        dashboard.start();
        for (Thread thread : intake) {
            thread.start();
        }
        for (Thread thread : intake) {
            thread.join();
        }
        dashboard.join();
        System.out.println(totals[0] > 0);
    }
}
