package example.collections;

import java.util.Formatter;
import java.util.Locale;

/** The fixed twin of {@code ReportFormatterShared}: the workers write their lines holding the report's lock. */
// weft: expect none
public final class ReportFormatterLocked {

    static final Formatter REPORT = new Formatter(new StringBuilder(), Locale.ROOT);

    static void row(String name, int count) {
        synchronized (REPORT) {
            REPORT.format("%-10s %6d%n", name, count);
        }
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
