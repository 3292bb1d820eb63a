package example.collections;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Formatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The correct twin of {@code FormattedWhileAdded}: the reporter formats the route and keys maps and sets by it
 * only after the tracer handed it over (through a queue), and a logger's handler formats its records in a writer
 * thread that takes them from a queue.
 */
// weft: expect none
public final class FormattedAfterHandOff {

    static final BlockingQueue<List<String>> traced = new LinkedBlockingQueue<>();
    static final BlockingQueue<LogRecord> records = new LinkedBlockingQueue<>();

    public static void main(String[] args) throws InterruptedException {
        Logger logger = Logger.getLogger("routes.handed");
        logger.setUseParentHandlers(false);
        logger.addHandler(new Handler() {
            @Override public void publish(LogRecord record) { records.add(record); }
            @Override public void flush() { }
            @Override public void close() { }
        });
        Runnable tracer = () -> {
            List<String> hops = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                hops.add("router" + i);
            }
            traced.add(hops);
        };
        Runnable reporter = () -> {
            try {
                List<String> hops = traced.take();
                int length = String.format("route %s", hops).length() + "%s".formatted(hops).length();
                System.out.printf("route %s%n", hops);
                length += MessageFormat.format("route {0}", hops).length();
                StringBuilder text = new StringBuilder();
                new Formatter(text).format("%s", hops).flush();
                logger.log(Level.INFO, "route {0} of {1}", new Object[] {hops, length});
                Map<List<String>, Integer> seen = new HashMap<>();
                seen.put(hops, length);
                Set<List<String>> routes = new HashSet<>();
                routes.add(hops);
                Map<List<String>, Integer> shared = new ConcurrentHashMap<>();
                shared.merge(hops, 1, Integer::sum);
                System.out.println("reported " + length + " " + text.length() + " " + seen.get(hops) + " " + routes.contains(hops));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Runnable writer = () -> {
            try {
                System.out.println("logged " + new SimpleFormatter().formatMessage(records.take()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Threads.runAll(new String[] {"tracer", "reporter", "log-writer"}, tracer, reporter, writer);
    }
}
