package example.apphunt;

import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A price scraper on a virtual-thread-per-task executor behind an {@code ExecutorCompletionService}: each task builds a
 * listing (plain fields); {@code main} takes listings as they finish with {@code take()}, keeps the cheapest in a plain
 * field and, after the executor is closed by try-with-resources, reads them all again.
 */
// weft: expect none
public final class ScrapeVirtualCompletionService {

    static final class Listing {
        String shop;
        long priceCents;
        boolean inStock;
    }

    public static void main(String[] args) throws Exception {
        String[] shops = {"alpha", "bolt", "crate", "dune", "ember", "fjord", "gale", "haven"};
        Listing[] all = new Listing[shops.length];
        Listing cheapest = null;
        try (ExecutorService scrapers = Executors.newVirtualThreadPerTaskExecutor()) {
            ExecutorCompletionService<Listing> done = new ExecutorCompletionService<>(scrapers);
            for (String shop : shops) {
                done.submit(() -> {
                    Listing listing = new Listing();
                    listing.shop = shop;
                    listing.priceCents = 1_999 + shop.hashCode() % 300;
                    listing.inStock = shop.length() % 2 == 0;
                    return listing;
                });
            }
            for (int i = 0; i < shops.length; i++) {
                Listing listing = done.take().get();
                all[i] = listing;
                if (listing.inStock && (cheapest == null || listing.priceCents < cheapest.priceCents)) {
                    cheapest = listing;
                }
            }
        }
        long sum = 0;
        for (Listing listing : all) {
            sum += listing.priceCents;
        }
        System.out.println("cheapest " + (cheapest == null ? "none" : cheapest.shop) + ", sum " + sum);
    }
}
