package example.racehunt;

/**
 * Twin of {@code ProgressHolderCaptured}: the progress bar reads the captured holder after joining the importer; a second
 * holder is written by two importers that each hold its lock. Correct: no finding.
 */
// weft: expect none
public final class ProgressHolderCapturedJoined {

    static final class Progress {
        int done;
    }

    public static void main(String[] args) throws InterruptedException {
        Progress progress = new Progress();
        Progress total = new Progress();
        Runnable locked = () -> {
            synchronized (total) {
                total.done += 50;
            }
        };
        Thread importer = new Thread(() -> progress.done = 100, "importer");
        importer.start();
        Threads.runAll(new String[] {"progress-bar", "batch-1", "batch-2"},
                () -> {
                    try {
                        importer.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    System.out.println("progress " + progress.done + "%");
                },
                locked, locked);
        System.out.println("total " + total.done);
    }
}
