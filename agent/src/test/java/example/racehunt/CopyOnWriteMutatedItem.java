package example.racehunt;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An order is added to a CopyOnWriteArrayList and then changed by its producer; a reporter iterating the
 * list reads the quantity the producer writes after publishing: the list orders the add, not the change.
 */
// weft: expect race example.racehunt.CopyOnWriteMutatedItem$Order.quantity threads=shop,reporter
public final class CopyOnWriteMutatedItem {

    static final class Order {
        int quantity;
    }

    public static void main(String[] args) throws InterruptedException {
        CopyOnWriteArrayList<Order> orders = new CopyOnWriteArrayList<>();
        Runnable shop = () -> {
            Order order = new Order();
            orders.add(order);
            order.quantity = 3; // weft: race
        };
        Runnable reporter = () -> {
            while (orders.isEmpty()) {
                Thread.onSpinWait();
            }
            int total = 0;
            for (Order order : orders) {
                total += order.quantity; // weft: race
            }
            System.out.println("reported " + total);
        };
        Threads.runAll(new String[] {"shop", "reporter"}, shop, reporter);
    }
}
