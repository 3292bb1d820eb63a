package example.apphunt;

import java.util.List;
import java.util.stream.Gatherers;
import java.util.stream.IntStream;

/**
 * Quotes for a basket of products fetched concurrently with a stream gatherer (JDK 24+):
 * {@code Gatherers.mapConcurrent} runs each lookup in a virtual thread the JDK starts. The request
 * objects are made by the stream's thread, the quotes by the lookups, and the stream's thread sums the
 * quotes once they come back: every hand-off goes through the gatherer, so the program is correct.
 */
// weft: expect none
public final class PriceQuotes {

    static final class Request {
        String sku;
        int quantity;
    }

    static final class Quote {
        String sku;
        long cents;
        boolean discounted;
    }

    static final class PriceBook {
        int discountPercent; // set before the stream runs, read by every lookup
    }

    public static void main(String[] args) {
        PriceBook book = new PriceBook();
        book.discountPercent = 15;
        List<Quote> quotes = IntStream.range(0, 40).boxed()
                .map(i -> {
                    Request request = new Request();
                    request.sku = "sku-" + i;
                    request.quantity = 1 + i % 3;
                    return request;
                })
                .gather(Gatherers.mapConcurrent(4, (Request request) -> lookUp(book, request)))
                .gather(Gatherers.mapConcurrent(2, PriceQuotes::roundUp).andThen(Gatherers.mapConcurrent(3, q -> q)))
                .toList();
        long total = 0;
        int discounted = 0;
        for (Quote quote : quotes) {
            total += quote.cents;
            discounted += quote.discounted ? 1 : 0;
        }
        System.out.println(quotes.size() + " quotes, " + discounted + " discounted, total " + total);
    }

    static Quote lookUp(PriceBook book, Request request) {
        Quote quote = new Quote();
        quote.sku = request.sku;
        long price = 100L * request.quantity * (request.sku.length() + 1);
        quote.discounted = request.quantity > 1;
        quote.cents = quote.discounted ? price * (100 - book.discountPercent) / 100 : price;
        return quote;
    }

    static Quote roundUp(Quote quote) {
        quote.cents = (quote.cents + 99) / 100 * 100;
        return quote;
    }
}
