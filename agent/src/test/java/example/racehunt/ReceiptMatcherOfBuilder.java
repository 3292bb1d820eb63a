package example.racehunt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An auditor searches a receipt's {@code StringBuilder} for prices with {@code pattern.matcher(builder).find()} while a cashier appends, with no lock. */
// weft: expect race example.racehunt.ReceiptMatcherOfBuilder.TEXT threads=auditor,cashier collection=java.lang.StringBuilder
public final class ReceiptMatcherOfBuilder {

    static final StringBuilder TEXT = new StringBuilder("bread 2.10\n");
    static final Pattern PRICE = Pattern.compile("\\d+\\.\\d\\d");

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"cashier", "auditor"},
                () -> TEXT.append("milk 0.90\n"), // weft: race
                () -> {
                    Matcher prices = PRICE.matcher(TEXT); // weft: race
                    int found = 0;
                    while (prices.find()) {
                        found++;
                    }
                    System.out.println(found + " prices");
                });
    }
}
