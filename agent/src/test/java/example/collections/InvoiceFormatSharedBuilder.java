package example.collections;

/** A mailer formats an invoice's lines, kept in a {@code StringBuilder}, with {@code String.format} while a biller appends a line, with no lock. */
// weft: expect race example.collections.InvoiceFormatSharedBuilder$Invoice.lines threads=biller,mailer collection=java.lang.StringBuilder
public final class InvoiceFormatSharedBuilder {

    static final class Invoice {
        final StringBuilder lines = new StringBuilder("tea 3.00\n");

        void bill(String line) {
            lines.append(line).append('\n'); // weft: race
        }

        String mail() {
            return String.format("Invoice%n%s-- end", lines); // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Invoice invoice = new Invoice();
        Threads.runAll(new String[] {"biller", "mailer"}, () -> invoice.bill("cake 4.50"), () -> System.out.println(invoice.mail()));
    }
}
