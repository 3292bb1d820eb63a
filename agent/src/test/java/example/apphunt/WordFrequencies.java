package example.apphunt;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * A text-mining job counts word frequencies with a parallel stream collected into concurrent collectors
 * ({@code groupingByConcurrent} with {@code counting()}, and {@code toConcurrentMap} merging mutable stats objects);
 * the job reads the maps after the terminal operation returns.
 */
// weft: expect none
public final class WordFrequencies {

    static final class Stats {
        int count;
        int longest;

        Stats(String word) {
            count = 1;
            longest = word.length();
        }

        Stats merge(Stats other) {
            count += other.count;
            longest = Math.max(longest, other.longest);
            return this;
        }
    }

    public static void main(String[] args) {
        List<String> words = List.of("the quick brown fox jumps over the lazy dog and the quick cat".split(" "));
        List<String> many = words.stream().flatMap(w -> java.util.stream.Stream.of(w, w, w)).toList();
        ConcurrentMap<String, Long> counts = many.parallelStream()
                .collect(Collectors.groupingByConcurrent(w -> w, Collectors.counting()));
        ConcurrentMap<Character, Stats> byInitial = many.parallelStream()
                .collect(Collectors.toConcurrentMap(w -> w.charAt(0), Stats::new, Stats::merge));
        Stats t = byInitial.get('t');
        t.count++;
        long total = 0;
        for (Map.Entry<Character, Stats> entry : byInitial.entrySet()) {
            total += entry.getValue().count + entry.getValue().longest;
        }
        System.out.println(counts.get("the") + " x the, " + total);
    }
}
