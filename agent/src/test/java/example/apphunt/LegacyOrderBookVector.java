package example.apphunt;

import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Properties;
import java.util.Vector;

/**
 * A legacy order book on the JDK 1.0 collections: traders add orders (built before they are added) to a
 * {@code Vector} and keep per-symbol volumes in a {@code Hashtable} updated inside {@code synchronized (volumes)};
 * a {@code StringBuffer} journal is appended to by everyone; the settings are a {@code Properties} loaded before the
 * threads start. A clerk walks the vector's {@code elements()} inside {@code synchronized (orders)}.
 */
// weft: expect none
public final class LegacyOrderBookVector {

    static final class Order {
        String symbol;
        int quantity;
        long limitCents;
    }

    public static void main(String[] args) throws InterruptedException {
        Properties settings = new Properties();
        settings.setProperty("lot", "10");
        Vector<Order> orders = new Vector<>();
        Hashtable<String, Integer> volumes = new Hashtable<>();
        StringBuffer journal = new StringBuffer();
        Thread[] traders = new Thread[3];
        for (int t = 0; t < traders.length; t++) {
            int me = t;
            traders[t] = new Thread(() -> {
                int lot = Integer.parseInt(settings.getProperty("lot"));
                for (int i = 0; i < 100; i++) {
                    Order order = new Order();
                    order.symbol = "SYM" + (i + me) % 5;
                    order.quantity = lot * (1 + i % 3);
                    order.limitCents = 1000 + i;
                    orders.addElement(order);
                    synchronized (volumes) {
                        volumes.put(order.symbol, volumes.getOrDefault(order.symbol, 0) + order.quantity);
                    }
                    journal.append(me).append(':').append(order.symbol).append(';');
                }
            }, "trader-" + t);
            traders[t].start();
        }
        long[] exposure = new long[1];
        Thread clerk = new Thread(() -> {
            for (int pass = 0; pass < 5; pass++) {
                synchronized (orders) {
                    for (Enumeration<Order> e = orders.elements(); e.hasMoreElements();) {
                        Order order = e.nextElement();
                        exposure[0] += order.quantity * order.limitCents;
                    }
                }
            }
        }, "clerk");
        clerk.start();
        for (Thread trader : traders) {
            trader.join();
        }
        clerk.join();
        System.out.println(orders.size() + " orders, " + volumes.size() + " symbols, " + journal.length() + " journal, " + (exposure[0] >= 0));
    }
}
