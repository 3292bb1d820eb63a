package example.collections;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A route tracer records the hops of a route in a list while a reporter, which only polled its size until it has all
 * the hops, formats it
 * ({@code String.format}, {@code formatted}, {@code printf}, {@code MessageFormat}, a logger's parameters) and uses it as the key of a
 * map and an element of a set: each of these JDK calls reads the list (its {@code toString()}, its {@code hashCode()}),
 * and nothing orders them after the tracer's {@code add}s.
 */
// weft: expect race example.collections.FormattedWhileAdded.hops threads=tracer,reporter collection=java.util.ArrayList
public final class FormattedWhileAdded {

    static final List<String> hops = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        Runnable tracer = () -> {
            for (int i = 0; i < 5; i++) {
                hops.add("router" + i); // weft: race
            }
        };
        Runnable reporter = () -> {
            try {
                while (hops.size() < 5) { // weft: race
                    Thread.sleep(1); // the tracer is done then, but nothing orders its adds before what follows
                }
            } catch (InterruptedException e) {
                return;
            }
            AtomicInteger step = new AtomicInteger();
            Logger logger = Logger.getLogger("routes");
            logger.setUseParentHandlers(false);
            step.incrementAndGet(); // each call in a new epoch of the reporter, which the race detector checks again
            int length = String.format("route %s", hops).length(); // weft: race
            step.incrementAndGet();
            length += "%s".formatted(hops).length(); // weft: race
            step.incrementAndGet();
            System.out.printf("route %s%n", hops); // weft: race
            step.incrementAndGet();
            length += MessageFormat.format("route {0}", hops).length(); // weft: race
            step.incrementAndGet();
            logger.log(Level.INFO, "route {0}", hops); // weft: race
            Map<List<String>, Integer> seen = new HashMap<>();
            step.incrementAndGet();
            seen.put(hops, length); // weft: race
            Set<List<String>> routes = new HashSet<>();
            step.incrementAndGet();
            routes.add(hops); // weft: race
            Map<List<String>, Integer> shared = new ConcurrentHashMap<>();
            step.incrementAndGet();
            shared.merge(hops, 1, Integer::sum); // weft: race
            System.out.println("reported " + length + " " + seen.size() + " " + routes.size() + " " + shared.size());
        };
        Threads.runAll(new String[] {"tracer", "reporter"}, tracer, reporter);
    }
}
