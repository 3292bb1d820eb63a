package example.racehunt;

/**
 * Twin of {@code ReceiptValueOfBuilder}: the append and the display's {@code String.valueOf} and {@code toString()} hold
 * the receipt's lock. Correct: no finding.
 */
// weft: expect none
public final class ReceiptValueOfBuilderLocked {

    static final StringBuilder TEXT = new StringBuilder("bread 2.10\n");

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"cashier", "display"},
                () -> {
                    synchronized (TEXT) {
                        TEXT.append("milk 0.90\n");
                    }
                },
                () -> {
                    synchronized (TEXT) {
                        System.out.println(String.valueOf(TEXT) + TEXT.toString().length());
                    }
                });
    }
}
