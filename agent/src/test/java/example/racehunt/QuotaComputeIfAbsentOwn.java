package example.racehunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The fixed twin of {@code QuotaGetOrDefaultShared}: each tenant gets a quota of its own from {@code computeIfAbsent}. */
// weft: expect none
public final class QuotaComputeIfAbsentOwn {

    static final class Quota {
        long used;
    }

    static final ConcurrentMap<String, Quota> QUOTAS = new ConcurrentHashMap<>();

    static void charge(String tenant) {
        Quota quota = QUOTAS.computeIfAbsent(tenant, t -> new Quota());
        quota.used += 1;
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
        System.out.println(QUOTAS.size());
    }
}
