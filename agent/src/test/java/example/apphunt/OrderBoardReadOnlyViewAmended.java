package example.apphunt;

import java.util.Collection;
import java.util.Collections;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read-only order view of {@code OrderBoardReadOnlyViewStream}, racy: the intake changes its first order's
 * line count after its last {@code put}, and the dashboard, having seen every order through the view's
 * {@code size()}, streams the view and reads that count, unordered with the change in any interleaving.
 */
// weft: expect race example.apphunt.OrderBoardReadOnlyViewAmended$Order.lines threads=dashboard,intake
public final class OrderBoardReadOnlyViewAmended {

    static final class Order {
        long cents;
        int lines;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<Integer, Order> orders = new ConcurrentHashMap<>();
        Collection<Order> openOrders = Collections.unmodifiableCollection(orders.values());
        int count = 300;
        Thread intake = new Thread(() -> {
            Order first = null;
            for (int i = 0; i < count; i++) {
                Order order = new Order();
                order.cents = 500 + i;
                order.lines = 1 + i % 4;
                orders.put(i, order);
                first = first == null ? order : first;
            }
            first.lines++; // weft: race
        }, "intake");
        long[] total = new long[1];
        Thread dashboard = new Thread(() -> {
            while (openOrders.size() < count) {
                Thread.onSpinWait();
            }
            total[0] = openOrders.stream().mapToLong(order -> order.cents * order.lines).sum(); // weft: race
        }, "dashboard");
        dashboard.start();
        intake.start();
        intake.join();
        dashboard.join();
        System.out.println(total[0] > 0);
    }
}
