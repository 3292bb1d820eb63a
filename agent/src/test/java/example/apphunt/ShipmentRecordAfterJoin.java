package example.apphunt;

import java.util.List;

/**
 * A loader thread builds an immutable shipment manifest (a record of final fields over {@code List.copyOf} lines)
 * and stores it in a plain field of a depot object; {@code main} joins the loader and hands the depot to three
 * dispatch threads that read the manifest and write only their own dispatch notes.
 */
// weft: expect none
public final class ShipmentRecordAfterJoin {

    record Line(String sku, int quantity) { }

    record Manifest(String shipment, String destination, List<Line> lines) {
        int parcels() {
            return lines.stream().mapToInt(Line::quantity).sum();
        }
    }

    static final class Depot {
        Manifest manifest;
        final String[] notes = new String[3];
    }

    public static void main(String[] args) throws Exception {
        Depot depot = new Depot();
        Thread loader = new Thread(() -> {
            List<Line> lines = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                lines.add(new Line("SKU-" + (100 + i), 1 + i % 3));
            }
            depot.manifest = new Manifest("SHP-7", "Rotterdam", List.copyOf(lines));
        }, "loader");
        loader.start();
        loader.join();
        Thread[] dispatchers = new Thread[depot.notes.length];
        for (int d = 0; d < dispatchers.length; d++) {
            int dock = d;
            dispatchers[d] = new Thread(() -> {
                Manifest manifest = depot.manifest;
                depot.notes[dock] = manifest.shipment() + " dock " + dock + ": " + manifest.parcels() + " parcels to "
                        + manifest.destination() + ", first " + manifest.lines().get(0).sku();
            }, "dispatcher-" + d);
            dispatchers[d].start();
        }
        for (Thread dispatcher : dispatchers) {
            dispatcher.join();
        }
        for (String note : depot.notes) {
            System.out.println(note);
        }
    }
}
