package example.apphunt;

/**
 * A reporting tool exports a large table in a worker; the user cancels: the UI thread writes the reason into a plain
 * field, then {@code interrupt()}s the worker, which catches the {@code InterruptedException}, reads the reason and
 * records how far it got; the UI reads that after joining the worker.
 *
 * <p>Racy: the reason is written after {@code interrupt()}, so the worker's handler may read it before.
 */
// weft: expect race example.apphunt.CancelledExport$Export.cancelReason threads=main,exporter
public final class CancelledExport {

    static final class Export {
        String cancelReason;
        int rowsWritten;
        String outcome;
    }

    public static void main(String[] args) throws Exception {
        Export export = new Export();
        Thread worker = new Thread(() -> {
            int rows = 0;
            try {
                while (true) {
                    rows++;
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                export.rowsWritten = rows;
                export.outcome = "cancelled: " + export.cancelReason; // weft: race
            }
        }, "exporter");
        worker.start();
        Thread.sleep(30);
        worker.interrupt();
        export.cancelReason = "user pressed stop"; // weft: race
        worker.join();
        System.out.println(export.outcome + " after " + (export.rowsWritten > 0 ? "some" : "no") + " rows");
    }
}
