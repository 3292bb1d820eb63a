package example.app;

/**
 * {@link ShipmentLedgerHandedOver} whose auditor counts the entries (under their lock, in the ledger) and lets them go
 * before it takes the depot's monitor: the entries' lock is only ever taken under the depot's, never the other way
 * round. One order, nothing to report.
 */
public final class ShipmentLedgerHandedOverOrdered {

    public static void main(String[] args) throws Exception {
        ShipmentAudit.run(ShipmentLedgerHandedOver.entries, ShipmentLedgerHandedOver.ledger::record,
                ShipmentLedgerHandedOver.ledger::count, true);
    }
}
