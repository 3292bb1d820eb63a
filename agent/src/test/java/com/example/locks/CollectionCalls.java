package com.example.locks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Fixture: calls on the JDK's collections, whose contents race detection checks. */
public final class CollectionCalls {

    private final List<Integer> items = new ArrayList<>();
    static final Map<String, Integer> COUNTS = new HashMap<>();
    static final Set<Integer> TAGS = new HashSet<>();
    static final TreeSet<Integer> TIMES = new TreeSet<>();
    static final List<Integer> LOG = Collections.synchronizedList(new ArrayList<>());
    static volatile java.util.Iterator<Integer> cursor;

    static final class SafeList extends ArrayList<Integer> {
        @Override
        public synchronized boolean add(Integer value) {
            return super.add(value);
        }
    }

    static int throughALocal() {
        CollectionCalls calls = new CollectionCalls();
        List<Integer> list = calls.items;
        list.add(1);
        return list.size();
    }

    static int throughTheClassAndAStaticField() {
        COUNTS.put("a", 1);
        HashMap<String, Integer> copy = new HashMap<>(COUNTS);
        return copy.get("a");
    }

    static String freshBuilderChain() {
        return new StringBuilder().append("a").append(1).toString();
    }

    static int builderInALocal() {
        StringBuilder text = new StringBuilder();
        text.append('x');
        return text.length();
    }

    static int listHandedOn() {
        List<Integer> list = new ArrayList<>();
        list.add(1);
        Runnable task = () -> list.add(2);
        task.run();
        return list.size();
    }

    static List<Integer> listReturned() {
        List<Integer> list = new ArrayList<>();
        list.add(1);
        return list;
    }

    static int notTheJdkClassesThemselves() {
        List<Integer> safe = new SafeList();
        safe.add(1);
        Map<String, Integer> concurrent = new ConcurrentHashMap<>();
        concurrent.put("a", 1);
        return safe.size() + concurrent.size();
    }

    static int throughViewsAndIterators() {
        Map<String, Integer> map = COUNTS;
        map.put("a", 1);
        map.keySet().remove("b");
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            e.setValue(2);
        }
        CollectionCalls calls = new CollectionCalls();
        calls.items.add(3);
        java.util.Iterator<Integer> it = calls.items.iterator();
        it.next();
        it.remove();
        calls.items.subList(0, 0).clear();
        return java.util.Collections.unmodifiableMap(map).size();
    }

    static int readInsideJdkCalls() {
        CollectionCalls calls = new CollectionCalls();
        calls.items.add(2);
        List<Integer> all = new ArrayList<>();
        all.addAll(calls.items);
        java.util.Collections.sort(calls.items);
        return List.copyOf(calls.items).size() + new ArrayList<>(calls.items).size() + all.size();
    }

    static int givenToJdkCalls() {
        CollectionCalls calls = new CollectionCalls();
        calls.items.add(4);
        StringBuilder text = new StringBuilder();
        text.append((Object) calls.items);
        String joined = String.join(",", List.of("a"));
        String valueOf = String.valueOf(calls.items);
        String concatenated = "items " + calls.items;
        String toString = Objects.toString(calls.items);
        boolean same = Objects.equals(List.of(4), calls.items) && COUNTS.equals(calls.items);
        return !same ? joined.length() + valueOf.length() + concatenated.length() + toString.length() : 0;
    }

    static int throughSets() {
        TAGS.add(1);
        java.util.Iterator<Integer> it = TAGS.iterator();
        it.next();
        it.remove();
        TIMES.add(5);
        TIMES.descendingSet().headSet(3).clear();
        return TAGS.size() + TIMES.size();
    }

    static int throughASynchronizedWrapper() {
        LOG.add(1);
        int sum = 0;
        synchronized (LOG) {
            for (int i : LOG) {
                sum += i;
            }
        }
        return sum + LOG.size();
    }

    static int iteratorHandedOn() {
        List<Integer> list = new ArrayList<>(List.of(5, 6));
        java.util.Iterator<Integer> it = list.iterator();
        int first = firstOf(it); // handed on: its calls here and in firstOf are checked
        return first + it.next();
    }

    private static int firstOf(java.util.Iterator<Integer> it) {
        return it.hasNext() ? it.next() : 0;
    }

    static int iteratorInAVolatileField() {
        List<Integer> list = new ArrayList<>(List.of(7));
        cursor = list.iterator();
        return cursor.next();
    }

    @SuppressWarnings("unchecked")
    static int iteratorsCastAndFromAnArray() {
        Object given = new ArrayList<>(List.of(1, 2)).iterator();
        java.util.Iterator<Integer> cast = (java.util.Iterator<Integer>) given; // checked: another may hold it
        java.util.Iterator<Integer>[] cursors = new java.util.Iterator[] {new ArrayList<>(List.of(3)).iterator()};
        int sum = cast.next() + cursors[0].next();
        for (int x : new ArrayList<>(List.of(4))) { // a loop's own iterator: not checked
            sum += x;
        }
        return sum;
    }

    static int iteratorDrained() {
        int[] sum = new int[1];
        new ArrayList<>(List.of(2, 3)).iterator().forEachRemaining(x -> sum[0] += x);
        return sum[0];
    }
}
