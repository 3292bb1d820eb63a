package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A product cache refreshed in rounds: each round {@code invokeAll(.., timeout)} runs one refresh task per product
 * group; a task changes the group's entries (plain fields of the cached objects) only inside
 * {@code ConcurrentHashMap.computeIfPresent}. Between rounds {@code main} reads every entry it got back through the
 * futures, and through {@code get}.
 */
// weft: expect none
public final class CacheRefreshInvokeAllTimeout {

    static final class Product {
        String sku;
        long priceCents;
        int refreshes;
    }

    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<String, Product> cache = new ConcurrentHashMap<>();
        for (int p = 0; p < 30; p++) {
            Product product = new Product();
            product.sku = "sku-" + p;
            product.priceCents = 1_000 + p;
            cache.put(product.sku, product);
        }
        ExecutorService refreshers = Executors.newFixedThreadPool(3, new NamedThreads("refresher"));
        long seen = 0;
        for (int round = 0; round < 4; round++) {
            List<Callable<Integer>> groups = new ArrayList<>();
            for (int g = 0; g < 3; g++) {
                int group = g;
                int percent = round + 1;
                groups.add(() -> {
                    int changed = 0;
                    for (int p = group; p < 30; p += 3) {
                        cache.computeIfPresent("sku-" + p, (sku, product) -> {
                            product.priceCents += product.priceCents * percent / 100;
                            product.refreshes++;
                            return product;
                        });
                        changed++;
                    }
                    return changed;
                });
            }
            for (Future<Integer> done : refreshers.invokeAll(groups, 30, TimeUnit.SECONDS)) {
                seen += done.get();
            }
            for (int p = 0; p < 30; p++) {
                Product product = cache.get("sku-" + p);
                seen += product.refreshes + product.priceCents % 7;
            }
        }
        refreshers.shutdown();
        System.out.println("refresh checksum " + seen);
    }
}
