package example.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The shipping office makes the ledger's entries a {@code Collections.synchronizedList} and hands it to the
 * {@link Ledger}, a class that names no wrapper and whose {@code record} only appends (no lock operation of its own:
 * the wrapper's mutex is taken inside the JDK). A dispatcher, holding the depot's monitor, records each shipment; an
 * auditor holds the entries' lock and then takes the depot's monitor ({@link ShipmentAudit}): this run never deadlocks,
 * but without its latch the two could, and weft predicts the cycle. {@link ShipmentLedgerHandedOverOrdered} is the
 * twin whose auditor lets the entries go first.
 */
public final class ShipmentLedgerHandedOver {

    static final List<String> entries = Collections.synchronizedList(new ArrayList<>());
    static final Ledger ledger = new Ledger(entries);

    public static void main(String[] args) throws Exception {
        ShipmentAudit.run(entries, ledger::record, ledger::count, false);
    }
}
