package example.collections;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The twin of {@link PricesReplaceAllWhileRead}: the prices are a {@code ConcurrentHashMap}. */
// weft: expect none
public final class PricesReplaceAllConcurrent {

    static final Map<String, Integer> prices = new ConcurrentHashMap<>();

    public static void main(String[] args) throws InterruptedException {
        prices.put("tea", 300);
        prices.put("coffee", 350);
        Runnable repricer = () -> prices.replaceAll((item, cents) -> cents + 10);
        Runnable shop = () -> System.out.println("tea " + prices.get("tea"));
        Threads.runAll(new String[] {"repricer", "shop"}, repricer, shop);
    }
}
