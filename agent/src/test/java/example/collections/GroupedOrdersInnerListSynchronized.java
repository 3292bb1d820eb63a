package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Twin of {@code GroupedOrdersInnerList}: each customer's list is a {@code Collections.synchronizedList}, and a report
 * reads it holding the list's lock. Correct: no finding.
 */
// weft: expect none
public final class GroupedOrdersInnerListSynchronized {

    static final ConcurrentHashMap<String, List<String>> BY_CUSTOMER = new ConcurrentHashMap<>();

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"handler-1", "handler-2", "report"},
                () -> BY_CUSTOMER.computeIfAbsent("ada", c -> Collections.synchronizedList(new ArrayList<>())).add("order-1"),
                () -> BY_CUSTOMER.computeIfAbsent("ada", c -> Collections.synchronizedList(new ArrayList<>())).add("order-2"),
                () -> {
                    List<String> orders = BY_CUSTOMER.computeIfAbsent("ada", c -> Collections.synchronizedList(new ArrayList<>()));
                    synchronized (orders) {
                        System.out.println("orders " + String.join(",", orders));
                    }
                });
    }
}
