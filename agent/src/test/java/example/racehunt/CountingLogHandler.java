package example.racehunt;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** A {@code java.util.logging} handler of the application counts warnings in a plain field; {@code Logger.log} runs it in each logging thread. */
// weft: expect race example.racehunt.CountingLogHandler$WarningCounter.warnings threads=request-1,request-2
public final class CountingLogHandler {

    static final class WarningCounter extends Handler {
        int warnings;

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings++; // weft: race
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
        Logger logger = Logger.getLogger("example.racehunt.CountingLogHandler");
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
