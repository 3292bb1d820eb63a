package example.apphunt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A search index on {@code ConcurrentSkipListMap}s from term to posting list: indexer threads add a posting inside
 * the building map's {@code compute} to a new copy of the term's list (its function may run more than once, and in
 * two threads at once for one key: the map's Javadoc does not promise {@code compute} atomic, so changing the list in
 * place would race) and publish the list into a second skip list with {@code merge}; query threads read the
 * published lists of a term range through {@code subMap(..).entrySet()} and {@code ceilingEntry}.
 */
// weft: expect none
public final class SearchIndexSkipList {

    public static void main(String[] args) throws Exception {
        ConcurrentSkipListMap<String, List<Integer>> building = new ConcurrentSkipListMap<>();
        ConcurrentSkipListMap<String, List<Integer>> published = new ConcurrentSkipListMap<>();
        String[] words = {"apple", "apricot", "banana", "blueberry", "cherry", "citrus", "date"};
        List<Thread> threads = new ArrayList<>();
        for (int ix = 0; ix < 2; ix++) {
            int indexer = ix;
            threads.add(new Thread(() -> {
                for (int doc = indexer; doc < 200; doc += 2) {
                    String term = words[doc % words.length];
                    int id = doc;
                    List<Integer> postings = building.compute(term, (t, list) -> {
                        List<Integer> next = list == null ? new ArrayList<>() : new ArrayList<>(list);
                        next.add(id);
                        return Collections.unmodifiableList(next);
                    });
                    published.merge(term, postings, (old, now) -> now.size() >= old.size() ? now : old);
                }
            }, "indexer-" + ix));
        }
        long[] hits = new long[2];
        for (int q = 0; q < 2; q++) {
            int query = q;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    for (Map.Entry<String, List<Integer>> e : published.subMap("a", "c").entrySet()) {
                        hits[query] += e.getValue().size();
                    }
                    Map.Entry<String, List<Integer>> ceiling = published.ceilingEntry("ch");
                    if (ceiling != null) {
                        hits[query] += ceiling.getValue().isEmpty() ? 0 : 1;
                    }
                }
            }, "query-" + q));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(published.size() + " " + (hits[0] + hits[1] > 0));
    }
}
