package example.racehunt;

import java.util.concurrent.CopyOnWriteArrayList;

/** The twin of CopyOnWriteMutatedItem: the order is complete before it is added, and never changed after. */
// weft: expect none
public final class CopyOnWriteOrders {

    static final class Order {
        int quantity;
    }

    public static void main(String[] args) throws InterruptedException {
        CopyOnWriteArrayList<Order> orders = new CopyOnWriteArrayList<>();
        Runnable shop = () -> {
            for (int i = 1; i <= 20; i++) {
                Order order = new Order();
                order.quantity = i;
                orders.add(order);
            }
        };
        Runnable reporter = () -> {
            int total = 0;
            while (orders.size() < 20) {
                Thread.onSpinWait();
            }
            for (Order order : orders) {
                total += order.quantity;
            }
            System.out.println("reported " + total);
        };
        Threads.runAll(new String[] {"shop", "reporter"}, shop, reporter);
    }
}
