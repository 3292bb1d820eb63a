package example.firstrule;

import java.util.List;

/** The auditor of {@link ShelfAudit}: handed the shelf's synchronized list, counts it holding the shelf, then the list. */
final class ShelfAuditor {

    private final List<String> items;

    ShelfAuditor(List<String> items) {
        this.items = items;
    }

    int count(Object shelf) {
        synchronized (shelf) {
            synchronized (items) {
                return items.size();
            }
        }
    }
}
