package example.collections;

import java.util.Formatter;
import java.util.Locale;

/** Two worker threads write their lines into one shared {@code java.util.Formatter} of the nightly report. */
// weft: expect race example.collections.ReportFormatterShared.REPORT threads=worker-1,worker-2 collection=java.util.Formatter
public final class ReportFormatterShared {

    static final Formatter REPORT = new Formatter(new StringBuilder(), Locale.ROOT);

    static void row(String name, int count) {
        REPORT.format("%-10s %6d%n", name, count); // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"worker-1", "worker-2"}, () -> {
            for (int i = 0; i < 200; i++) {
                row("orders", i);
            }
        }, () -> {
            for (int i = 0; i < 200; i++) {
                row("refunds", i * 3);
            }
        });
        System.out.println(REPORT.toString().length());
    }
}
