package example.racehunt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Twin of {@code ReceiptMatcherOfBuilder}: the append and the search hold the receipt's lock; a second auditor resets a
 * matcher of its own to a builder of its own. Correct: no finding.
 */
// weft: expect none
public final class ReceiptMatcherOfBuilderLocked {

    static final StringBuilder TEXT = new StringBuilder("bread 2.10\n");
    static final Pattern PRICE = Pattern.compile("\\d+\\.\\d\\d");

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"cashier", "auditor", "archivist"},
                () -> {
                    synchronized (TEXT) {
                        TEXT.append("milk 0.90\n");
                    }
                },
                () -> {
                    synchronized (TEXT) {
                        Matcher prices = PRICE.matcher(TEXT);
                        System.out.println(prices.find() + " price");
                    }
                },
                () -> {
                    StringBuilder old = new StringBuilder("tea 1.20\n");
                    Matcher prices = PRICE.matcher("");
                    System.out.println(prices.reset(old).find() + " archived");
                });
    }
}
