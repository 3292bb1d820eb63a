package example.apphunt;

import java.util.List;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A metrics job totals request latencies per endpoint with a parallel stream collected by
 * {@code groupingByConcurrent(endpoint, Collector.of(Total::new, Total::add, Total::merge))}: the JDK calls the
 * downstream accumulator on each endpoint's total from several threads, inside {@code synchronized} on that total;
 * the job reads the totals after {@code collect} returns.
 */
// weft: expect none
public final class EndpointLatencies {

    static final class Total {
        long micros;
        int requests;

        void add(int latency) {
            micros += latency;
            requests++;
        }

        Total merge(Total other) {
            micros += other.micros;
            requests += other.requests;
            return this;
        }
    }

    public static void main(String[] args) {
        List<Integer> latencies = IntStream.range(0, 2000).map(i -> 100 + i % 97).boxed().toList();
        String[] endpoints = {"/login", "/search", "/cart"};
        ConcurrentMap<String, Total> byEndpoint = latencies.parallelStream().collect(Collectors.groupingByConcurrent(
                latency -> endpoints[latency % endpoints.length], Collector.of(Total::new, Total::add, Total::merge)));
        for (String endpoint : endpoints) {
            Total total = byEndpoint.get(endpoint);
            System.out.println(endpoint + " " + total.requests + " requests, mean " + total.micros / total.requests + " us");
        }
    }
}
