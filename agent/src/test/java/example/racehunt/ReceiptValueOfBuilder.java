package example.racehunt;

/** A display shows a receipt's {@code StringBuilder} with {@code String.valueOf} and {@code toString()} while a cashier appends, with no lock. */
// weft: expect race example.racehunt.ReceiptValueOfBuilder.TEXT threads=cashier,display collection=java.lang.StringBuilder
public final class ReceiptValueOfBuilder {

    static final StringBuilder TEXT = new StringBuilder("bread 2.10\n");

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"cashier", "display"},
                () -> TEXT.append("milk 0.90\n"), // weft: race
                () -> System.out.println(String.valueOf(TEXT) + TEXT.toString().length())); // weft: race
    }
}
