package example.apphunt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multi-tenant batch job keeps the tenant's settings in an {@code InheritableThreadLocal} whose
 * {@code childValue} copies them for each thread the job starts; the request thread fills the settings before
 * it starts the workers, each worker reads and changes its own copy, and a plain {@code ThreadLocal} counts its
 * own rows.
 */
// weft: expect none
public final class TenantContextInherited {

    static final class Settings {
        final Map<String, String> values = new HashMap<>();
        int batchSize;

        Settings copy() {
            Settings copy = new Settings();
            copy.values.putAll(values);
            copy.batchSize = batchSize;
            return copy;
        }
    }

    static final InheritableThreadLocal<Settings> TENANT = new InheritableThreadLocal<>() {
        @Override
        protected Settings childValue(Settings parent) {
            return parent == null ? null : parent.copy();
        }
    };
    static final ThreadLocal<int[]> ROWS = ThreadLocal.withInitial(() -> new int[1]);

    public static void main(String[] args) throws InterruptedException {
        Settings settings = new Settings();
        settings.values.put("tenant", "acme");
        settings.values.put("region", "eu");
        settings.batchSize = 50;
        TENANT.set(settings);
        int[] totals = new int[4];
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < totals.length; w++) {
            int me = w;
            Thread t = new Thread(() -> {
                Settings mine = TENANT.get();
                mine.batchSize += me;
                for (int row = 0; row < 1_000; row += mine.batchSize) {
                    ROWS.get()[0]++;
                }
                mine.values.put("worker", "w" + me);
                totals[me] = ROWS.get()[0] + mine.values.get("tenant").length();
            }, "tenant-worker-" + w);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        System.out.println(java.util.Arrays.toString(totals) + " batch " + TENANT.get().batchSize);
    }
}
