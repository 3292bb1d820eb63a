package example.app;

/** {@link ShipmentBooksHandedOn} whose auditor counts through the books and lets the list go first: one order, silent. */
public final class ShipmentBooksHandedOnOrdered {

    public static void main(String[] args) throws Exception {
        ShipmentAudit.run(ShipmentBooksHandedOn.entries, ShipmentBooksHandedOn.books::record, ShipmentBooksHandedOn.books::count, true);
    }
}
