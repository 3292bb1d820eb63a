package example.racehunt;

/**
 * Twin of {@code ReceiptNewStringOfBuilder}: the append and the copy hold the receipt's lock; the copy is then turned
 * into a new builder of the printer's own ({@code new StringBuilder(copy)}). Correct: no finding.
 */
// weft: expect none
public final class ReceiptNewStringOfBuilderLocked {

    static final class Receipt {
        final StringBuilder text = new StringBuilder("bread 2.10\n");

        synchronized void add(String item) {
            text.append(item);
        }

        synchronized String print() {
            return new String(text);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Receipt receipt = new Receipt();
        Threads.runAll(new String[] {"cashier", "printer"}, () -> receipt.add("milk 0.90\n"),
                () -> System.out.println(new StringBuilder(receipt.print()).append("-- paid")));
    }
}
