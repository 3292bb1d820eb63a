package example.collections;

/** The twin of {@link InvoiceFormatSharedBuilder}: {@code bill} and {@code mail} are {@code synchronized}. */
// weft: expect none
public final class InvoiceFormatLockedBuilder {

    static final class Invoice {
        private final StringBuilder lines = new StringBuilder("tea 3.00\n");

        synchronized void bill(String line) {
            lines.append(line).append('\n');
        }

        synchronized String mail() {
            return String.format("Invoice%n%s-- end", lines);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Invoice invoice = new Invoice();
        Threads.runAll(new String[] {"biller", "mailer"}, () -> invoice.bill("cake 4.50"), () -> System.out.println(invoice.mail()));
    }
}
