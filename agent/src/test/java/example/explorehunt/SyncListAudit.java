package example.explorehunt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An order log kept in a {@code Collections.synchronizedList}: a clerk appends orders while an auditor sums them
 * with a for-each loop. Each call of the list takes its lock, but the loop's iterator does not: an append between
 * two steps of the loop throws {@code ConcurrentModificationException} in the auditor (with race detection, the
 * loop's unlocked read of the list races with the appends first).
 */
// weft: expect race example.explorehunt.SyncListAudit.ORDERS
public final class SyncListAudit {

    static final List<Integer> ORDERS = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws InterruptedException {
        ORDERS.add(10);
        ORDERS.add(20);
        Thread clerk = new Thread(() -> {
            for (int i = 0; i < 3; i++) {
                ORDERS.add(5);
            }
        }, "clerk");
        Thread auditor = new Thread(() -> System.out.println("total " + total()), "auditor");
        clerk.start();
        auditor.start();
        clerk.join();
        auditor.join();
    }

    static int total() {
        int sum = 0;
        for (int amount : ORDERS) { // the bug: iterated without holding the list's lock
            sum += amount;
        }
        return sum;
    }
}
