package example.racehunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Tenants without a quota of their own get a shared default from {@code getOrDefault}, and each request charges
 * the quota it got: the map is safe, but two tenants' requests charge the one default object unordered.
 */
// weft: expect race example.racehunt.QuotaGetOrDefaultShared$Quota.used threads=tenant-a,tenant-b
public final class QuotaGetOrDefaultShared {

    static final class Quota {
        long used;
    }

    static final Quota DEFAULT = new Quota();
    static final ConcurrentMap<String, Quota> QUOTAS = new ConcurrentHashMap<>();

    static void charge(String tenant) {
        Quota quota = QUOTAS.getOrDefault(tenant, DEFAULT);
        quota.used += 1; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"tenant-a", "tenant-b"}, () -> {
            for (int i = 0; i < 1000; i++) {
                charge("a");
            }
        }, () -> {
            for (int i = 0; i < 1000; i++) {
                charge("b");
            }
        });
        System.out.println(DEFAULT.used);
    }
}
