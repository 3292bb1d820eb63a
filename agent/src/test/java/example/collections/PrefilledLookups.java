package example.collections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Correct: a map and a set filled before the threads start, then only looked up by them, also through
 * mutators that find nothing to change ({@code computeIfAbsent} and {@code putIfAbsent} of keys already
 * there, {@code remove} of a key that is not, {@code add} of an element the set holds): reads, not writes.
 */
// weft: expect none
public final class PrefilledLookups {

    static final Map<String, Integer> ports = new HashMap<>();
    static final Set<String> hosts = new HashSet<>();
    static final List<String> names = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        for (String host : new String[] {"alpha", "beta", "gamma"}) {
            ports.put(host, host.length() * 1000);
            hosts.add(host);
            names.add(host);
        }
        Runnable reader = () -> {
            int sum = 0;
            for (int i = 0; i < 100; i++) {
                for (String host : new String[] {"alpha", "beta", "gamma"}) {
                    sum += ports.computeIfAbsent(host, String::length);
                    sum += ports.putIfAbsent(host, 0);
                    sum += hosts.add(host) ? 1 : 0;
                    sum += names.remove("delta") ? 1 : 0;
                }
                sum += ports.remove("delta") == null ? 0 : 1;
            }
            System.out.println(Thread.currentThread().getName() + " " + sum);
        };
        Threads.runAll(new String[] {"reader-1", "reader-2"}, reader, reader);
    }
}
