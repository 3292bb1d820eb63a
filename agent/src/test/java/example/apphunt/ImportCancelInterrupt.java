package example.apphunt;

/**
 * A bulk import cancelled by interrupt: the importer loops while {@code !isInterrupted()}; {@code main} writes the
 * cancellation's reason into a plain field, then interrupts it; the importer, having seen the interrupt, reads the
 * reason and writes its summary, which {@code main} reads after {@code join}.
 */
// weft: expect none
public final class ImportCancelInterrupt {

    static final class Cancellation {
        String reason;
        String requestedBy;
    }

    static final class Summary {
        long imported;
        String stoppedBecause;
    }

    public static void main(String[] args) throws Exception {
        Cancellation cancellation = new Cancellation();
        Summary summary = new Summary();
        Thread importer = new Thread(() -> {
            Thread self = Thread.currentThread();
            long rows = 0;
            while (!self.isInterrupted()) {
                rows++;
                if (rows % 1_000 == 0) {
                    Thread.yield();
                }
            }
            summary.imported = rows;
            summary.stoppedBecause = cancellation.reason + " by " + cancellation.requestedBy;
        }, "importer");
        importer.start();
        Thread.sleep(20);
        cancellation.reason = "disk quota";
        cancellation.requestedBy = "operator";
        importer.interrupt();
        importer.join();
        System.out.println(summary.stoppedBecause + " " + (summary.imported > 0));
    }
}
