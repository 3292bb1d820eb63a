package example.apphunt;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The racy twin of {@link LiveOrdersStreamDashboard}: the intake amends the first order's line count after its last
 * {@code put}, which no call on the map releases, while the dashboard, once it saw every order, streams over
 * {@code values()} and reads the count.
 */
// weft: expect race example.apphunt.LiveOrdersStreamAmended$Order.lines threads=dashboard,intake
public final class LiveOrdersStreamAmended {

    static final class Order {
        long cents;
        int lines;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<Integer, Order> open = new ConcurrentHashMap<>();
        int count = 500;
        Thread intake = new Thread(() -> {
            Order first = null;
            for (int i = 0; i < count; i++) {
                Order order = new Order();
                order.cents = 500 + i;
                order.lines = 1 + i % 4;
                open.put(i, order);
                first = first == null ? order : first;
            }
            first.lines++; // weft: race
        }, "intake");
        long[] total = new long[1];
        Thread dashboard = new Thread(() -> {
            while (open.size() < count) {
                Thread.onSpinWait();
            }
            total[0] = open.values().stream().mapToLong(order -> order.cents * order.lines).sum(); // weft: race
        }, "dashboard");
        dashboard.start();
        intake.start();
        intake.join();
        dashboard.join();
        System.out.println(total[0] > 0);
    }
}
