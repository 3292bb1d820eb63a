package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collections filled before the threads start, then only read through their views and iterators by two threads. */
// weft: expect none
public final class ViewsOnlyRead {

    enum Day { MON, TUE, WED }

    static final Map<String, Integer> prices = new HashMap<>();
    static final TreeMap<Integer, String> ranks = new TreeMap<>();
    static final List<String> names = new ArrayList<>();
    static final Map<Day, Integer> hours = new EnumMap<>(Day.class);

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            prices.put("item" + i, i);
            ranks.put(i, "r" + i);
            names.add("n" + i);
        }
        for (Day day : Day.values()) {
            hours.put(day, 8);
        }
        List<String> readOnly = Collections.unmodifiableList(names);
        Runnable reader = () -> {
            long total = 0;
            for (Map.Entry<String, Integer> e : prices.entrySet()) {
                total += e.getValue();
            }
            for (String key : prices.keySet()) {
                total += key.length();
            }
            for (String rank : ranks.headMap(25).values()) {
                total += rank.length();
            }
            total += ranks.descendingMap().firstKey();
            for (String name : names.subList(10, 20)) {
                total += name.length();
            }
            for (String name : readOnly) {
                total += name.length();
            }
            for (Map.Entry<Day, Integer> e : hours.entrySet()) {
                total += e.getValue();
            }
            System.out.println("total " + total);
        };
        Threads.runAll(new String[] {"reader-1", "reader-2"}, reader, reader);
    }
}
