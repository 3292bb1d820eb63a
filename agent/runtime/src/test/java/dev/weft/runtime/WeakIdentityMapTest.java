package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeakIdentityMapTest {

    private final WeakIdentityMap<Object> map = new WeakIdentityMap<>();

    @Test
    void keysAreComparedByIdentityNotEquals() {
        String key = new String("k");
        Object value = new Object();
        map.putIfAbsent(key, value);
        assertSame(value, map.get(key));
        assertNull(map.get(new String("k")));
    }

    @Test
    void aSecondPutDoesNotReplaceTheFirstValue() {
        Object key = new Object();
        Object first = new Object();
        map.putIfAbsent(key, first);
        map.putIfAbsent(key, new Object());
        map.putWeakIfAbsent(key, new Object());
        assertSame(first, map.get(key));
    }

    @Test
    void replaceChangesTheValue() {
        Object key = new Object();
        Object second = new Object();
        map.putIfAbsent(key, new Object());
        map.replace(key, second);
        assertSame(second, map.get(key));
    }

    @Test
    void manyKeysSurviveGrowth() {
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Object key = new Object();
            keys.add(key);
            map.putIfAbsent(key, i);
        }
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(i, map.get(keys.get(i)));
        }
    }

    @Test
    void weakValueReadsAsAbsentOnceCollected() throws InterruptedException {
        Object key = new Object();
        map.putWeakIfAbsent(key, new Object());
        for (int i = 0; i < 50 && map.get(key) != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(map.get(key));
    }
}
