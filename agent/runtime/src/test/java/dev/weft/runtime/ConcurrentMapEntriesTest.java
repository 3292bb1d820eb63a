package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The entries a {@code ConcurrentHashMap} hands out synchronize through their map ({@link SyncObjects.MapEntries}). */
class ConcurrentMapEntriesTest {

    @Test
    void anEntryOfTheEntrySetHasItsMapsSyncObject() {
        ConcurrentHashMap<String, Integer> map = new ConcurrentHashMap<>(Map.of("a", 1, "b", 2));
        for (Map.Entry<String, Integer> entry : map.entrySet()) {
            assertSame(map, SyncObjects.of(entry));
        }
        map.entrySet().stream().forEach(entry -> assertSame(map, SyncObjects.of(entry)));
        map.entrySet().forEach(entry -> assertSame(map, SyncObjects.of(entry)));
    }
}
