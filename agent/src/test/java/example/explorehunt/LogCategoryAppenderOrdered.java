package example.explorehunt;

import java.util.ArrayList;
import java.util.List;

/**
 * The twin of {@link LogCategoryAppender}: an appender marks itself closed under its own monitor, then removes itself
 * from its category after letting that monitor go, never holding both.
 */
// weft: expect none
public final class LogCategoryAppenderOrdered {

    static final class Category {
        private final List<Appender> appenders = new ArrayList<>();

        synchronized void add(Appender appender) {
            appenders.add(appender);
        }

        synchronized void remove(Appender appender) {
            appenders.remove(appender);
        }

        synchronized void log(String event) {
            for (Appender appender : appenders) {
                appender.append(event);
            }
        }
    }

    static final class Appender {
        private final Category category;
        private final List<String> written = new ArrayList<>();
        private boolean closed;

        Appender(Category category) {
            this.category = category;
        }

        synchronized void append(String event) {
            if (!closed) {
                written.add(event);
            }
        }

        void close() {
            synchronized (this) {
                closed = true;
            }
            category.remove(this);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Category category = new Category();
        Appender appender = new Appender(category);
        category.add(appender);
        Thread worker = new Thread(() -> category.log("order 17 shipped"), "worker");
        Thread admin = new Thread(appender::close, "admin");
        worker.start();
        admin.start();
        worker.join();
        admin.join();
        System.out.println("logged");
    }
}
