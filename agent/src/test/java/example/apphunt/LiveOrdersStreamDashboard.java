package example.apphunt;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A live order dashboard: intake threads put fully built orders into a {@code ConcurrentHashMap} while the dashboard
 * thread keeps summing the open orders with a stream over {@code values()} (weakly consistent: it may see orders put
 * after the stream began, and what the intake wrote before the put is ordered before that read).
 */
// weft: expect none
public final class LiveOrdersStreamDashboard {

    static final class Order {
        long cents;
        String customer;
        int lines;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<Integer, Order> open = new ConcurrentHashMap<>();
        Thread[] intake = new Thread[2];
        for (int t = 0; t < intake.length; t++) {
            int me = t;
            intake[t] = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    Order order = new Order();
                    order.cents = 500 + i;
                    order.customer = "c" + i % 40;
                    order.lines = 1 + i % 4;
                    open.put(me * 100_000 + i, order);
                    if (i % 10 == 0) {
                        Thread.yield(); // let the dashboard's streams overlap the intake
                    }
                }
            }, "intake-" + t);
        }
        long[] totals = new long[1];
        Thread dashboard = new Thread(() -> {
            for (int refresh = 0; refresh < 200; refresh++) {
                totals[0] += open.values().stream().mapToLong(order -> order.cents * order.lines + order.customer.length()).sum();
                totals[0] += open.entrySet().stream().filter(e -> e.getValue().lines > 2).count();
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
