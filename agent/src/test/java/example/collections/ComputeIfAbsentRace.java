package example.collections;

import java.util.HashMap;
import java.util.Map;

/** Two threads memoize into one plain HashMap with computeIfAbsent: new keys change it, with nothing ordering them. */
// weft: expect race example.collections.ComputeIfAbsentRace.lengths threads=memo-1,memo-2 collection=java.util.HashMap
public final class ComputeIfAbsentRace {

    static final Map<Integer, String> lengths = new HashMap<>();

    public static void main(String[] args) throws InterruptedException {
        Runnable memo = () -> {
            for (int i = 0; i < 200; i++) {
                lengths.computeIfAbsent(i, Integer::toBinaryString); // weft: race
            }
        };
        Threads.runAll(new String[] {"memo-1", "memo-2"}, memo, memo);
        System.out.println("memoized " + lengths.size());
    }
}
