package example.apphunt;

import java.util.ArrayList;
import java.util.List;

/**
 * A configuration service reloads each source in a thread of its own; a source that fails throws out of its thread,
 * and the thread's {@code UncaughtExceptionHandler} (set per thread with {@code setUncaughtExceptionHandler}, or that of
 * the {@code ThreadGroup} subclass the loaders run in) records the failure in the source's status, which runs in the
 * dying thread; the service joins the loaders and reads every status.
 */
// weft: expect none
public final class ConfigReloadUncaughtHandlers {

    static final class SourceStatus {
        final String source;
        boolean loaded;
        String failure;
        final List<String> keys = new ArrayList<>();

        SourceStatus(String source) {
            this.source = source;
        }
    }

    static final class LoaderGroup extends ThreadGroup {
        final List<String> failures = new ArrayList<>();

        LoaderGroup() {
            super("config-loaders");
        }

        @Override
        public void uncaughtException(Thread thread, Throwable failure) {
            synchronized (failures) {
                failures.add(thread.getName() + ": " + failure.getMessage());
            }
        }
    }

    public static void main(String[] args) throws Exception {
        LoaderGroup group = new LoaderGroup();
        SourceStatus[] statuses = new SourceStatus[4];
        Thread[] loaders = new Thread[statuses.length];
        for (int i = 0; i < statuses.length; i++) {
            SourceStatus status = new SourceStatus("source-" + i);
            statuses[i] = status;
            int n = i;
            loaders[i] = new Thread(group, () -> {
                status.keys.add(status.source + ".url");
                if (n % 2 == 1) {
                    throw new IllegalStateException(status.source + " unreachable");
                }
                status.keys.add(status.source + ".timeout");
                status.loaded = true;
            }, "loader-" + i);
            if (n == 1) {
                loaders[i].setUncaughtExceptionHandler((thread, failure) -> status.failure = failure.getMessage() + " after " + status.keys);
            }
        }
        for (Thread loader : loaders) {
            loader.start();
        }
        for (Thread loader : loaders) {
            loader.join();
        }
        int loaded = 0;
        for (SourceStatus status : statuses) {
            loaded += status.loaded ? 1 : 0;
        }
        synchronized (group.failures) {
            System.out.println(loaded + " loaded, " + statuses[1].failure + ", group saw " + group.failures);
        }
    }
}
