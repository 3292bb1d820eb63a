package example.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@link ShipmentLedgerHandedOver} with one hand more: the office hands its synchronized list to the books, which hand
 * it on to a {@link Ledger} of their own; the dispatcher records through the books, under the depot's monitor, and the
 * ledger's {@code record} takes the list's mutex. The auditor holds the list's lock, then the depot's: predicted.
 * {@link ShipmentBooksHandedOnOrdered} is the twin whose auditor lets the list go first.
 */
public final class ShipmentBooksHandedOn {

    /** Books that keep a ledger over the entries they are given. */
    static final class Books {
        private final Ledger ledger;

        Books(List<String> entries) {
            ledger = new Ledger(entries);
        }

        void record(String entry) {
            ledger.record(entry);
        }

        int count() {
            return ledger.count();
        }
    }

    static final List<String> entries = Collections.synchronizedList(new ArrayList<>());
    static final Books books = new Books(entries);

    public static void main(String[] args) throws Exception {
        ShipmentAudit.run(entries, books::record, books::count, false);
    }
}
