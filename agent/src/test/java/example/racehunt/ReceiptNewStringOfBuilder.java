package example.racehunt;

/** A printer copies a receipt's {@code StringBuilder} with {@code new String(builder)} while a cashier appends an item, with no lock. */
// weft: expect race example.racehunt.ReceiptNewStringOfBuilder$Receipt.text threads=cashier,printer collection=java.lang.StringBuilder
public final class ReceiptNewStringOfBuilder {

    static final class Receipt {
        final StringBuilder text = new StringBuilder("bread 2.10\n");

        void add(String item) {
            text.append(item); // weft: race
        }

        String print() {
            return new String(text); // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Receipt receipt = new Receipt();
        Threads.runAll(new String[] {"cashier", "printer"}, () -> receipt.add("milk 0.90\n"), () -> System.out.println(receipt.print()));
    }
}
