package example.collections;

import java.util.HashMap;
import java.util.Map;

/** A repricer raises every price with {@code replaceAll} while a shop thread reads one price, from one {@code HashMap}, with no lock. */
// weft: expect race example.collections.PricesReplaceAllWhileRead.prices threads=repricer,shop collection=java.util.HashMap
public final class PricesReplaceAllWhileRead {

    static final Map<String, Integer> prices = new HashMap<>();

    public static void main(String[] args) throws InterruptedException {
        prices.put("tea", 300);
        prices.put("coffee", 350);
        Runnable repricer = () -> prices.replaceAll((item, cents) -> cents + 10); // weft: race
        Runnable shop = () -> System.out.println("tea " + prices.get("tea")); // weft: race
        Threads.runAll(new String[] {"repricer", "shop"}, repricer, shop);
    }
}
