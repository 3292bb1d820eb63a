package example.apphunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * An API gateway keeps the current quota table in a static field reached only through a {@code VarHandle}
 * ({@code findStaticVarHandle}): an admin thread builds a new table (a plain object with a plain array) and installs
 * it with {@code compareAndExchangeRelease} against the table it last saw, or {@code setRelease} for the first one;
 * request threads read the table with {@code getAcquire} and read its limits. No table is changed once installed.
 */
// weft: expect none
public final class QuotaVarHandleStatic {

    static final class QuotaTable {
        final int version;
        int[] limits;

        QuotaTable(int version) {
            this.version = version;
        }
    }

    private static QuotaTable current;
    private static final VarHandle CURRENT;

    static {
        try {
            CURRENT = MethodHandles.lookup().findStaticVarHandle(QuotaVarHandleStatic.class, "current", QuotaTable.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static QuotaTable build(int version) {
        QuotaTable table = new QuotaTable(version);
        table.limits = new int[4];
        for (int tier = 0; tier < 4; tier++) {
            table.limits[tier] = (tier + 1) * 100 + version;
        }
        return table;
    }

    public static void main(String[] args) throws InterruptedException {
        CURRENT.setRelease(build(0));
        Thread admin = new Thread(() -> {
            QuotaTable seen = (QuotaTable) CURRENT.getAcquire();
            for (int version = 1; version <= 50; version++) {
                QuotaTable next = build(version);
                QuotaTable witness = (QuotaTable) CURRENT.compareAndExchangeRelease(seen, next);
                if (witness != seen) {
                    throw new IllegalStateException("another admin installed " + witness.version);
                }
                seen = next;
            }
        }, "quota-admin");
        long[] allowed = new long[2];
        Thread[] requests = new Thread[2];
        for (int r = 0; r < 2; r++) {
            int worker = r;
            requests[r] = new Thread(() -> {
                for (int i = 0; i < 2_000; i++) {
                    QuotaTable table = (QuotaTable) CURRENT.getAcquire();
                    allowed[worker] += table.limits[i % 4] - table.version;
                }
            }, "request-" + r);
        }
        admin.start();
        for (Thread request : requests) {
            request.start();
        }
        admin.join();
        for (Thread request : requests) {
            request.join();
        }
        QuotaTable last = (QuotaTable) CURRENT.getAcquire();
        System.out.println("version " + last.version + ", allowed " + (allowed[0] + allowed[1]));
    }
}
