package example.apphunt;

import java.util.concurrent.atomic.AtomicStampedReference;

/**
 * A shop publishes its price list through an {@code AtomicStampedReference} whose stamp is the list's revision: the
 * pricing thread builds a new list (a plain object holding a plain array), then installs it with
 * {@code compareAndSet(old, new, revision, revision + 1)}; checkout threads read list and revision together with
 * {@code get(stampHolder)} and price their baskets from the list. A list is never changed once installed.
 */
// weft: expect none
public final class PriceListStampedReference {

    static final class PriceList {
        long[] cents;
        String currency;
    }

    static PriceList build(int revision) {
        PriceList list = new PriceList();
        list.currency = revision % 2 == 0 ? "EUR" : "CHF";
        list.cents = new long[10];
        for (int item = 0; item < list.cents.length; item++) {
            list.cents[item] = 100 + item * 50 + revision;
        }
        return list;
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicStampedReference<PriceList> prices = new AtomicStampedReference<>(build(0), 0);
        Thread pricing = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                int[] revision = new int[1];
                PriceList old = prices.get(revision);
                if (!prices.compareAndSet(old, build(revision[0] + 1), revision[0], revision[0] + 1)) {
                    throw new IllegalStateException("lost an update");
                }
            }
        }, "pricing");
        long[] totals = new long[2];
        Thread[] checkouts = new Thread[2];
        for (int c = 0; c < 2; c++) {
            int till = c;
            checkouts[c] = new Thread(() -> {
                int[] revision = new int[1];
                for (int basket = 0; basket < 1_000; basket++) {
                    PriceList list = prices.get(revision);
                    totals[till] += list.cents[basket % 10] + (list.currency.equals("EUR") ? 0 : 1) - revision[0] % 2;
                }
            }, "checkout-" + c);
        }
        pricing.start();
        for (Thread checkout : checkouts) {
            checkout.start();
        }
        pricing.join();
        for (Thread checkout : checkouts) {
            checkout.join();
        }
        System.out.println("revision " + prices.getStamp() + ", takings " + (totals[0] + totals[1]));
    }
}
