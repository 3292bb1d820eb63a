package example.collections;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two order handlers group orders by customer in a {@code ConcurrentHashMap} of {@code ArrayList}s,
 * {@code computeIfAbsent(customer, ..).add(order)}: the map is safe, the list each gets for the same customer is not (the list is held in no field: weft names its class).
 */
// weft: expect race java.util.ArrayList threads=handler-*,handler-* collection=java.util.ArrayList
public final class GroupedOrdersInnerList {

    static final ConcurrentHashMap<String, List<String>> BY_CUSTOMER = new ConcurrentHashMap<>();

    public static void main(String[] args) throws InterruptedException {
        BY_CUSTOMER.put("ada", new ArrayList<>());
        Threads.runAll(new String[] {"handler-1", "handler-2"},
                () -> BY_CUSTOMER.computeIfAbsent("ada", c -> new ArrayList<>()).add("order-1"), // weft: race
                () -> BY_CUSTOMER.computeIfAbsent("ada", c -> new ArrayList<>()).add("order-2")); // weft: race
        System.out.println(BY_CUSTOMER);
    }
}
