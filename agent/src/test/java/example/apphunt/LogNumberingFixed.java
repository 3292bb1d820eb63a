package example.apphunt;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * An order service logging through {@code java.util.logging} with a formatter of its own that numbers the lines
 * it writes. Two order threads log at once; the JDK's {@code StreamHandler} formats each record inside its own
 * lock ({@code publish}, up to JDK 24: JDK 25 formats before it locks, and there this formatter would need a lock
 * of its own), so the formatter's count needs no lock of the program's. The count is read once the threads have
 * been joined.
 */
// weft: expect none
public final class LogNumberingFixed {

    static final class NumberingFormatter extends Formatter {
        private long lines;
        private String lastLogger;

        @Override
        public String format(LogRecord record) {
            lines++;
            lastLogger = record.getLoggerName();
            return lines + " " + record.getLevel() + " " + formatMessage(record) + System.lineSeparator();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NumberingFormatter formatter = new NumberingFormatter();
        StreamHandler handler = new StreamHandler(out, formatter);
        Logger log = Logger.getLogger("example.apphunt.orders.fixed");
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
        for (Thread thread : threads) {
            thread.join();
        }
        handler.flush();
        log.removeHandler(handler);
        System.out.println(formatter.lines + " lines, the last by " + formatter.lastLogger + ", " + out.size() + " bytes");
    }
}
