package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A backup tool's jobs are plain {@code Runnable}s that fill a manifest; it turns each into a task with
 * {@code Executors.callable(job, manifest)} and runs them with {@code invokeAll}; then it submits a second round with
 * {@code submit(job, manifest)} and reads each manifest the futures give back.
 */
// weft: expect none
public final class BackupJobsCallableAdapters {

    static final class Manifest {
        final String volume;
        final List<String> files = new ArrayList<>();
        long bytes;

        Manifest(String volume) {
            this.volume = volume;
        }
    }

    static Runnable job(Manifest manifest, int files) {
        return () -> {
            for (int i = 0; i < files; i++) {
                manifest.files.add(manifest.volume + "/file-" + i);
                manifest.bytes += 512L * (i + 1);
            }
        };
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3, new NamedThreads("backup"));
        List<Callable<Manifest>> tasks = new ArrayList<>();
        for (int v = 0; v < 5; v++) {
            Manifest manifest = new Manifest("vol" + v);
            tasks.add(Executors.callable(job(manifest, 10 + v), manifest));
        }
        long bytes = 0;
        for (Future<Manifest> done : pool.invokeAll(tasks)) {
            Manifest manifest = done.get();
            bytes += manifest.bytes + manifest.files.size();
        }
        List<Future<Manifest>> second = new ArrayList<>();
        for (int v = 0; v < 5; v++) {
            Manifest manifest = new Manifest("snap" + v);
            second.add(pool.submit(job(manifest, 5 + v), manifest));
        }
        for (Future<Manifest> done : second) {
            Manifest manifest = done.get();
            bytes += manifest.bytes + manifest.files.size();
        }
        pool.shutdown();
        System.out.println(bytes + " bytes backed up");
    }
}
