package example.apphunt;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A resolver asks two upstream servers with {@code invokeAny}; each answer is a record of plain fields that the
 * upstream also caches with {@code putIfAbsent}, so the losing upstream may find the winner's record. {@code main}
 * reads the winner's answer and, after shutdown, every cached record through {@code get}.
 */
// weft: expect none
public final class DnsResolverInvokeAnyCache {

    static final class Answer {
        String host;
        String address;
        int ttl;
        String upstream;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService upstreams = Executors.newFixedThreadPool(2, new NamedThreads("upstream"));
        ConcurrentHashMap<String, Answer> cache = new ConcurrentHashMap<>();
        String[] hosts = {"mail.example", "shop.example", "cdn.example", "api.example", "wiki.example"};
        int ttlSum = 0;
        for (String host : hosts) {
            Callable<Answer> primary = () -> lookUp(cache, host, "primary", 300);
            Callable<Answer> secondary = () -> lookUp(cache, host, "secondary", 120);
            Answer answer = upstreams.invokeAny(List.of(primary, secondary));
            ttlSum += answer.ttl + answer.address.length();
        }
        upstreams.shutdown();
        for (String host : hosts) {
            Answer cached = cache.get(host);
            if (!cached.host.equals(host)) {
                throw new IllegalStateException("wrong cache entry " + cached.host);
            }
        }
        System.out.println("resolved " + hosts.length + ", ttl sum " + ttlSum);
    }

    private static Answer lookUp(ConcurrentHashMap<String, Answer> cache, String host, String upstream, int ttl) {
        Answer known = cache.get(host);
        if (known != null) {
            return known;
        }
        Answer answer = new Answer();
        answer.host = host;
        answer.address = "10.0." + host.length() + "." + upstream.length();
        answer.ttl = ttl;
        answer.upstream = upstream;
        Answer raced = cache.putIfAbsent(host, answer);
        return raced == null ? answer : raced;
    }
}
