package example.collections;

import java.util.SortedMap;
import java.util.TreeMap;

/** The twin of {@link TagCountsTreeMapMerge}: the merges hold the map's monitor. */
// weft: expect none
public final class TagCountsTreeMapLocked {

    static final SortedMap<String, Integer> TAGS = new TreeMap<>();

    static void index(String tag) {
        synchronized (TAGS) {
            TAGS.merge(tag, 1, Integer::sum);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"indexer-1", "indexer-2"}, () -> index("java"), () -> index("jvm"));
        System.out.println(TAGS);
    }
}
