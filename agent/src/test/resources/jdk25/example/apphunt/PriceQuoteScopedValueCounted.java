package example.apphunt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@link PriceQuoteScopedValue} that counts on the request how many suppliers were asked: each supplier's task, in a
 * virtual thread of its own, bumps the plain {@code int} of the object its {@code ScopedValue} binds. A binding shares
 * the object with every thread that binds it, and the tasks run at the same time: a lost update.
 */
// weft: expect race example.apphunt.PriceQuoteScopedValueCounted$Request.suppliersAsked threads=unnamed thread #*
public final class PriceQuoteScopedValueCounted {

    static final class Request {
        String product;
        int quantity;
        int suppliersAsked;
    }

    static final class Quote {
        final String supplier;
        int unitCents;
        long totalCents;

        Quote(String supplier) {
            this.supplier = supplier;
        }
    }

    static final ScopedValue<Request> REQUEST = ScopedValue.newInstance();

    static Quote quote(String supplier, int listCents) throws InterruptedException {
        REQUEST.get().suppliersAsked++; // weft: race
        Thread.sleep(2);
        if (listCents == 0) {
            throw new IllegalStateException(supplier + " has no " + REQUEST.get().product);
        }
        Quote quote = new Quote(supplier);
        quote.unitCents = listCents;
        quote.totalCents = (long) listCents * REQUEST.get().quantity;
        return quote;
    }

    public static void main(String[] args) {
        Request request = new Request();
        request.product = "bolts";
        request.quantity = 250;
        Map<String, Integer> listPrices = new LinkedHashMap<>();
        listPrices.put("north", 12);
        listPrices.put("south", 0);
        listPrices.put("east", 9);
        listPrices.put("west", 11);
        List<Future<Quote>> futures = new ArrayList<>();
        try (ExecutorService suppliers = Executors.newVirtualThreadPerTaskExecutor()) {
            listPrices.forEach((supplier, cents) -> futures.add(suppliers.submit(
                    () -> ScopedValue.where(REQUEST, request).call(() -> quote(supplier, cents)))));
        }
        SequencedMap<String, Quote> ranked = new LinkedHashMap<>();
        Quote cheapest = null;
        for (Future<Quote> future : futures) {
            switch (future.state()) {
                case SUCCESS -> {
                    Quote quote = future.resultNow();
                    ranked.put(quote.supplier, quote);
                    if (cheapest == null || quote.unitCents < cheapest.unitCents) {
                        cheapest = quote;
                    }
                }
                case FAILED -> System.out.println("no quote: " + future.exceptionNow().getMessage());
                default -> throw new IllegalStateException(future.state().toString());
            }
        }
        ranked.putFirst(cheapest.supplier, cheapest);
        StringBuilder line = new StringBuilder();
        for (Quote quote : ranked.sequencedValues().reversed()) {
            line.append(quote.supplier).append('=').append(quote.totalCents).append(' ');
        }
        System.out.println("dearest first: " + line + "; best " + ranked.firstEntry().getKey() + " of " + request.suppliersAsked);
    }
}
