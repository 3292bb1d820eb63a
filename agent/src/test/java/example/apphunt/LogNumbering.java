package example.apphunt;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * {@link LogNumberingFixed} with a progress report: while the order threads log, the main thread reads the
 * formatter's line count, which the handler's lock orders only with the other formatting.
 */
// weft: expect race example.apphunt.LogNumbering$NumberingFormatter.lines threads=main,orders-*
public final class LogNumbering {

    static final class NumberingFormatter extends Formatter {
        private long lines;

        @Override
        public String format(LogRecord record) {
            lines++; // weft: race
            return lines + " " + record.getLevel() + " " + formatMessage(record) + System.lineSeparator();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NumberingFormatter formatter = new NumberingFormatter();
        StreamHandler handler = new StreamHandler(out, formatter);
        Logger log = Logger.getLogger("example.apphunt.orders");
        log.setUseParentHandlers(false);
        log.addHandler(handler);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int desk = t;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    log.info("order " + desk + "/" + i + " accepted");
                }
            }, "orders-" + t);
            threads.add(thread);
            thread.start();
        }
        System.out.println("so far " + formatter.lines + " lines"); // weft: race
        for (Thread thread : threads) {
            thread.join();
        }
        handler.flush();
        log.removeHandler(handler);
        System.out.println(out.size() + " bytes");
    }
}
