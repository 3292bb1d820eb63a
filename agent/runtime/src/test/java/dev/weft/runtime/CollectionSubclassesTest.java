package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Which application subclasses of the JDK's collections are checked as the collection they extend
 * ({@link CollectionSubclasses}), and when a {@code get} changes a {@code LinkedHashMap} ({@link AccessOrder}; the
 * surefire configuration opens {@code java.util}, as the agent does with race detection).
 */
class CollectionSubclassesTest {

    static class Lru<K, V> extends LinkedHashMap<K, V> {
        Lru() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > 2;
        }

        V newest() { // a method of its own calls nothing of the map's from outside
            return null;
        }
    }

    static final class Synchronized extends ArrayList<String> {
        @Override
        public synchronized boolean add(String s) {
            return super.add(s);
        }
    }

    static final class Counting extends HashMap<String, Integer> {
        @Override
        public Integer put(String key, Integer value) { // its bridge put(Object, Object) overrides HashMap's
            return super.put(key, value);
        }
    }

    static final class Named extends ArrayList<String> {
        @Override
        public String toString() {
            return "named";
        }
    }

    @Test
    void aSubclassThatOverridesNothingButRemoveEldestEntryIsChecked() {
        assertTrue(CollectionContents.tracked(Lru.class));
        assertTrue(CollectionContents.tracked(new ArrayList<String>() { }.getClass()));
    }

    @Test
    void aSubclassThatOverridesAMethodIsNot() {
        assertFalse(CollectionContents.tracked(Synchronized.class));
        assertFalse(CollectionContents.tracked(Counting.class));
        assertFalse(CollectionContents.tracked(Named.class));
    }

    @Test
    void theJdksOtherMapsAreNot() {
        assertFalse(CollectionContents.tracked(Properties.class));
        assertFalse(CollectionContents.tracked(String.class));
    }

    @Test
    void aGetMovesAnEntryOnlyInAnAccessOrderedMapThatHoldsTheKey() {
        Lru<String, Integer> lru = new Lru<>();
        lru.put("a", 1);
        assertTrue(AccessOrder.moves(lru, "a"));
        assertFalse(AccessOrder.moves(lru, "b"));
        LinkedHashMap<String, Integer> insertionOrdered = new LinkedHashMap<>(Map.of("a", 1));
        assertFalse(AccessOrder.moves(insertionOrdered, "a"));
        assertTrue(AccessOrder.moves(new LinkedHashMap<>(4, 0.75f, true) {{ put("a", 1); }}, "a"));
    }
}
