package example.apphunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Tenant quotas made on first use by {@code computeIfAbsent} (the quota's plain fields set in the mapping function),
 * charged under the quota's own monitor by request threads, and watched by an auditor that streams
 * {@code values()} while tenants still appear, reading only what the mapping function wrote. After the joins,
 * {@code main} sums the charges through {@code values().stream()}.
 */
// weft: expect none
public final class TenantQuotaValuesStream {

    static final class Quota {
        String tenant;
        long limit;
        long used;
    }

    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<String, Quota> quotas = new ConcurrentHashMap<>();
        CountDownLatch go = new CountDownLatch(1);
        Thread[] requests = new Thread[3];
        for (int r = 0; r < requests.length; r++) {
            int worker = r;
            requests[r] = new Thread(() -> {
                for (int i = 0; i < 60; i++) {
                    String tenant = "tenant-" + (i + worker) % 12;
                    Quota quota = quotas.computeIfAbsent(tenant, name -> {
                        Quota made = new Quota();
                        made.tenant = name;
                        made.limit = 1_000 + name.length() * 10L;
                        return made;
                    });
                    synchronized (quota) {
                        quota.used += 7;
                    }
                    if (i == 5) {
                        go.countDown();
                    }
                }
            }, "request-" + r);
            requests[r].start();
        }
        Thread auditor = new Thread(() -> {
            try {
                go.await();
                for (int pass = 0; pass < 5; pass++) {
                    long limits = quotas.values().stream().mapToLong(q -> q.limit + q.tenant.length()).sum();
                    if (limits <= 0) {
                        throw new IllegalStateException("no limits");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "auditor");
        auditor.start();
        for (Thread request : requests) {
            request.join();
        }
        auditor.join();
        long used = quotas.values().stream().mapToLong(q -> q.used).sum();
        System.out.println(quotas.size() + " tenants used " + used);
    }
}
