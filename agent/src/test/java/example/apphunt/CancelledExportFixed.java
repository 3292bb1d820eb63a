package example.apphunt;

/**
 * A reporting tool exports a large table in a worker; the user cancels: the UI thread writes the reason into a plain
 * field, then {@code interrupt()}s the worker, which catches the {@code InterruptedException}, reads the reason and
 * records how far it got; the UI reads that after joining the worker.
 */
// weft: expect none
public final class CancelledExportFixed {

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
                export.outcome = "cancelled: " + export.cancelReason;
            }
        }, "exporter");
        worker.start();
        Thread.sleep(30);
        export.cancelReason = "user pressed stop";
        worker.interrupt();
        worker.join();
        System.out.println(export.outcome + " after " + (export.rowsWritten > 0 ? "some" : "no") + " rows");
    }
}
