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
 * A price quote fanned out to suppliers on a virtual thread per task (JDK 25: {@code ScopedValue} is final). The
 * request, a mutable object the gateway fills before it submits, is bound in a {@code ScopedValue} inside each task
 * (an executor's tasks inherit no binding); each supplier fills a quote object of its own. After the executor's
 * try-with-resources {@code close()}, the gateway reads each outcome by {@code Future.state()}: {@code resultNow()}
 * or {@code exceptionNow()}; and orders the quotes in a {@code SequencedMap}, the cheapest put first.
 */
// weft: expect none
public final class PriceQuoteScopedValue {

    static final class Request {
        String product;
        int quantity;
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
        System.out.println("dearest first: " + line + "; best " + ranked.firstEntry().getKey());
    }
}
