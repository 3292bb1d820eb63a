package example.app;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A {@code ConcurrentHashMap}'s parallel bulk operations (for each, search, reductions to longs and ints, of
 * mappings, keys, values and entries) with a threshold that makes them parallel: the JDK's results, whichever
 * thread does which part.
 */
public final class ConcurrentMapBulkOperations {

    private ConcurrentMapBulkOperations() { }

    public static void main(String[] args) {
        ConcurrentHashMap<String, Integer> lengths = new ConcurrentHashMap<>();
        for (int i = 0; i < 60; i++) {
            lengths.put("word" + i, ("word" + i).length());
        }
        LongAdder total = new LongAdder();
        lengths.forEach(1, (word, length) -> total.add(length));
        LongAdder evens = new LongAdder();
        lengths.forEachValue(1, length -> length % 2 == 0 ? length : null, (Integer length) -> evens.add(length));
        String found = lengths.searchKeys(1, word -> word.equals("word42") ? word.toUpperCase() : null);
        long sum = lengths.reduceValuesToLong(1, Integer::longValue, 0L, Long::sum);
        int count = lengths.reduceEntriesToInt(1, entry -> 1, 0, Integer::sum);
        String none = lengths.search(1, (word, length) -> length > 100 ? word : null);
        System.out.println("total " + total + " evens " + evens + " found " + found + " sum " + sum + " count " + count
                + " none " + none);
    }
}
