package example.apphunt;

/**
 * A bulk import cancelled by interrupt, as {@link ImportCancelInterrupt}, but {@code main} writes the cancellation's
 * reason after {@code interrupt()}: the importer, woken by the interrupt, reads it unordered.
 */
// weft: expect race example.apphunt.ImportCancelInterruptLate$Cancellation.reason threads=main,importer
public final class ImportCancelInterruptLate {

    static final class Cancellation {
        String reason = "unknown";
    }

    public static void main(String[] args) throws Exception {
        Cancellation cancellation = new Cancellation();
        String[] stoppedBecause = new String[1];
        Thread importer = new Thread(() -> {
            Thread self = Thread.currentThread();
            while (!self.isInterrupted()) {
                Thread.onSpinWait();
            }
            stoppedBecause[0] = cancellation.reason; // weft: race
        }, "importer");
        importer.start();
        Thread.sleep(20);
        importer.interrupt();
        cancellation.reason = "disk quota"; // weft: race
        importer.join();
        System.out.println(stoppedBecause[0]);
    }
}
