package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A backup tool copies volumes on a pool with {@code submit(Runnable, result)}: the runnable fills the summary object
 * that the future then returns as its result, and the tool reads each summary from {@code get()}. A volume that fails
 * records why in its summary and throws; the tool reads that summary after {@code get()} threw.
 */
// weft: expect none
public final class BackupSubmitRunnableResult {

    static final class Summary {
        final String volume;
        long bytes;
        int files;
        String failure;

        Summary(String volume) {
            this.volume = volume;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService copiers = Executors.newFixedThreadPool(2, new NamedThreads("copier"));
        List<Summary> summaries = new ArrayList<>();
        List<Future<Summary>> copies = new ArrayList<>();
        for (int v = 0; v < 10; v++) {
            Summary summary = new Summary("vol-" + v);
            summaries.add(summary);
            int volume = v;
            copies.add(copiers.submit(() -> {
                for (int f = 0; f < 50 + volume; f++) {
                    summary.bytes += 4_096L * (f % 9 + 1);
                    summary.files++;
                }
                if (volume % 4 == 3) {
                    summary.failure = "checksum mismatch on " + summary.volume;
                    throw new IllegalStateException(summary.failure);
                }
            }, summary));
        }
        long bytes = 0;
        int failed = 0;
        for (int v = 0; v < copies.size(); v++) {
            try {
                bytes += copies.get(v).get().bytes;
            } catch (ExecutionException e) {
                Summary summary = summaries.get(v);
                failed += summary.failure != null && summary.files > 0 ? 1 : 0;
            }
        }
        copiers.shutdown();
        System.out.println(bytes + " bytes backed up, " + failed + " volumes failed");
    }
}
