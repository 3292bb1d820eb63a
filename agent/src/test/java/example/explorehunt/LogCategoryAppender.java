package example.explorehunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A logging category hands each event to its appenders holding its own monitor; an appender, synchronized, closes by
 * removing itself from its category, holding its own monitor (the shape of log4j 1.x's deadlock between
 * {@code Category.callAppenders} and {@code AppenderSkeleton}, a JaConTeBe bug). A worker logging holds the category
 * and wants the appender while an admin closing the appender holds it and wants the category: a deadlock. With an
 * argument, the admin closes once the worker has logged (a latch): a plain run then predicts the cycle.
 */
// weft: expect deadlock
public final class LogCategoryAppender {

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

        synchronized void close() {
            closed = true;
            category.remove(this); // the bug: the category's monitor under the appender's
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Category category = new Category();
        Appender appender = new Appender(category);
        category.add(appender);
        CountDownLatch logged = new CountDownLatch(args.length > 0 ? 1 : 0);
        Thread worker = new Thread(() -> {
            category.log("order 17 shipped");
            logged.countDown();
        }, "worker");
        Thread admin = new Thread(() -> {
            HubTransfersThreeWay.await(logged);
            appender.close();
        }, "admin");
        worker.start();
        admin.start();
        worker.join();
        admin.join();
        System.out.println("logged");
    }
}
