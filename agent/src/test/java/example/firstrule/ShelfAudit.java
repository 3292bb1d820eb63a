package example.firstrule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A shelf's synchronized list is handed to an {@link ShelfAuditor} (another class), which locks the shelf's monitor and
 * then the list while it counts; stockers lock in the same order (shelf, then the list's mutex through {@code add}).
 * A consistent order: no deadlock, no lock-order cycle.
 */
public final class ShelfAudit {

    final List<String> items = Collections.synchronizedList(new ArrayList<>());

    synchronized void stock(String item) {
        items.add(item);
    }

    public static void main(String[] args) throws Exception {
        ShelfAudit shelf = new ShelfAudit();
        ShelfAuditor auditor = new ShelfAuditor(shelf.items);
        Thread stocker = new Thread(() -> {
            for (int i = 0; i < 300; i++) {
                shelf.stock("item-" + i);
            }
        }, "stocker");
        Thread counter = new Thread(() -> {
            for (int i = 0; i < 300; i++) {
                auditor.count(shelf);
            }
        }, "auditor");
        stocker.start();
        counter.start();
        stocker.join();
        counter.join();
        System.out.println("counted: " + auditor.count(shelf));
    }
}
