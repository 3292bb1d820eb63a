package example.collections;

import java.util.SortedMap;
import java.util.TreeMap;

/** Two indexer threads count tags with {@code merge} into one sorted {@code TreeMap}, with no lock. */
// weft: expect race example.collections.TagCountsTreeMapMerge.TAGS threads=indexer-1,indexer-2 collection=java.util.TreeMap
public final class TagCountsTreeMapMerge {

    static final SortedMap<String, Integer> TAGS = new TreeMap<>();

    static void index(String tag) {
        TAGS.merge(tag, 1, Integer::sum); // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"indexer-1", "indexer-2"}, () -> index("java"), () -> index("jvm"));
        System.out.println(TAGS);
    }
}
