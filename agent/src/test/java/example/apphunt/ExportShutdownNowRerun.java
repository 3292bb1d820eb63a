package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A data export is cut short for maintenance: the exporter stops its single worker with {@code shutdownNow()}, which
 * interrupts the running chunk (it notices the interrupt and stops where it is) and returns the chunks never started;
 * once {@code awaitTermination} returns, the exporter runs those chunks itself, then reads every chunk's rows.
 */
// weft: expect none
public final class ExportShutdownNowRerun {

    static final class Chunk implements Runnable {
        final int number;
        final List<String> rows = new ArrayList<>();
        boolean complete;
        String exportedBy;

        Chunk(int number) {
            this.number = number;
        }

        @Override
        public void run() {
            exportedBy = Thread.currentThread().getName();
            for (int r = rows.size(); r < 50; r++) {
                if (Thread.currentThread().isInterrupted()) {
                    return; // cut short: the rows so far stay, the rest is exported later
                }
                rows.add("chunk " + number + " row " + r);
                if (number == 1) {
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            complete = true;
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor(new NamedThreads("export"));
        List<Chunk> chunks = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            Chunk chunk = new Chunk(c);
            chunks.add(chunk);
            worker.execute(chunk);
        }
        Thread.sleep(20);
        List<Runnable> neverStarted = worker.shutdownNow();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("export still running");
        }
        for (Runnable chunk : neverStarted) {
            chunk.run();
        }
        for (Chunk chunk : chunks) {
            if (!chunk.complete) {
                chunk.run(); // the interrupted one, resumed where it stopped
            }
        }
        int rows = 0;
        for (Chunk chunk : chunks) {
            rows += chunk.rows.size();
            System.out.println("chunk " + chunk.number + ": " + chunk.rows.size() + " rows by " + chunk.exportedBy);
        }
        System.out.println(rows + " rows in " + neverStarted.size() + " chunks rerun");
    }
}
