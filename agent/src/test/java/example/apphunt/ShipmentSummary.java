package example.apphunt;

import java.util.List;

/**
 * A logistics service builds an immutable shipment summary (a record over {@code List.copyOf}) in a worker thread and
 * stores it in a plain field; the main thread reads it after {@code join()}, and a second worker, started after that,
 * reads it too.
 */
// weft: expect none
public final class ShipmentSummary {

    record Summary(String route, List<String> parcels, int totalKg) { }

    static Summary latest;

    public static void main(String[] args) throws Exception {
        Thread builder = new Thread(() -> {
            List<String> parcels = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                parcels.add("parcel-" + i);
            }
            latest = new Summary("OSL-BGO", List.copyOf(parcels), 42);
        }, "builder");
        builder.start();
        builder.join();
        Summary summary = latest;
        String[] printed = new String[1];
        Thread printer = new Thread(() -> printed[0] = latest.route() + " " + latest.parcels().size() + " " + latest.totalKg(), "printer");
        printer.start();
        printer.join();
        System.out.println(summary.parcels().get(0) + " / " + printed[0]);
    }
}
