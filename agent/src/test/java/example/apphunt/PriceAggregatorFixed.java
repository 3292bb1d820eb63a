package example.apphunt;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Asks several vendors for a quote at once with {@code supplyAsync}, converts each to euros and combines
 * the cheapest with {@code allOf}; the exchange-rate table is loaded lazily by double-checked locking on a
 * {@code volatile} field.
 */
// weft: expect none
public final class PriceAggregatorFixed {

    static final class RateTable {
        private static volatile RateTable instance;
        private final Map<String, Double> toEuro;

        private RateTable() {
            toEuro = Map.of("USD", 0.92, "GBP", 1.17, "EUR", 1.0);
        }

        static RateTable get() {
            RateTable table = instance;
            if (table == null) {
                synchronized (RateTable.class) {
                    table = instance;
                    if (table == null) {
                        table = new RateTable();
                        instance = table;
                    }
                }
            }
            return table;
        }

        double toEuro(String currency, double amount) {
            return toEuro.get(currency) * amount;
        }
    }

    record Quote(String vendor, String currency, double amount) { }

    static Quote ask(String vendor) {
        int hash = Math.abs(vendor.hashCode());
        String currency = List.of("USD", "GBP", "EUR").get(hash % 3);
        return new Quote(vendor, currency, 10 + hash % 7);
    }

    public static void main(String[] args) {
        ExecutorService vendors = Executors.newFixedThreadPool(3, new NamedThreads("quote"));
        List<String> names = List.of("acme", "globex", "initech", "umbrella", "hooli", "vandelay");
        List<CompletableFuture<Double>> inEuro = names.stream()
                .map(name -> CompletableFuture.supplyAsync(() -> ask(name), vendors)
                        .thenApplyAsync(q -> RateTable.get().toEuro(q.currency(), q.amount()), vendors))
                .collect(Collectors.toList());
        double best = CompletableFuture.allOf(inEuro.toArray(new CompletableFuture<?>[0]))
                .thenApply(ignored -> inEuro.stream().mapToDouble(CompletableFuture::join).min().orElse(Double.NaN))
                .join();
        vendors.shutdown();
        System.out.printf("best %.2f EUR%n", best);
    }
}
