package example.racehunt;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The fixed twin of {@code CountingLogHandler}: the handler's {@code publish} is {@code synchronized}. */
// weft: expect none
public final class CountingLogHandlerLocked {

    static final class WarningCounter extends Handler {
        int warnings;

        @Override
        public synchronized void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings++;
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Logger logger = Logger.getLogger("example.racehunt.CountingLogHandlerLocked");
        logger.setUseParentHandlers(false);
        WarningCounter counter = new WarningCounter();
        logger.addHandler(counter);
        Runnable requests = () -> {
            for (int i = 0; i < 200; i++) {
                logger.warning("slow request");
            }
        };
        Threads.runAll(new String[] {"request-1", "request-2"}, requests, requests);
        logger.removeHandler(counter);
    }
}
