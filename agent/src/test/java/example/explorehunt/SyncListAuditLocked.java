package example.explorehunt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@link SyncListAudit} with the auditor's loop inside {@code synchronized (ORDERS)}, as the list's Javadoc asks. */
// weft: expect none
public final class SyncListAuditLocked {

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
        synchronized (ORDERS) {
            for (int amount : ORDERS) {
                sum += amount;
            }
        }
        return sum;
    }
}
