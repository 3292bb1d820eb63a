package dev.weft.agent.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;

/** The weak identity map: identity, not equality; one entry per key, even when threads race to make it. */
class WeakIdentityMapTest {

    private final WeakIdentityMap<String> map = new WeakIdentityMap<>();

    @Test
    void tellsEqualKeysApartByIdentity() {
        String a = new String("key");
        String b = new String("key");
        map.entry(a, () -> "of a");
        assertEquals("of a", map.get(a));
        assertNull(map.get(b));
        assertEquals("of b", map.entry(b, () -> "of b").value);
    }

    @Test
    void keepsTheFirstValueOfAKeyAndFindsItAfterTheTableGrew() {
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            Object key = new Object();
            keys.add(key);
            map.entry(key, () -> "first");
        }
        for (Object key : keys) {
            assertEquals("first", map.entry(key, () -> "second").value);
            assertEquals("first", map.get(key));
        }
    }

    @Test
    void givesThreadsThatAskForTheSameKeysAtOnceTheSameEntries() throws Exception {
        int threads = 4;
        int keyCount = 20_000;
        Object[] keys = new Object[keyCount];
        for (int i = 0; i < keyCount; i++) {
            keys[i] = new Object();
        }
        AtomicReferenceArray<WeakIdentityMap.Entry<String>> seen = new AtomicReferenceArray<>(keyCount);
        AtomicInteger mismatches = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < keyCount; i++) {
                    WeakIdentityMap.Entry<String> e = map.entry(keys[i], () -> "v" + created.incrementAndGet());
                    if (!seen.compareAndSet(i, null, e) && seen.get(i) != e) {
                        mismatches.incrementAndGet();
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        assertEquals(0, mismatches.get());
        assertEquals(keyCount, created.get(), "one value made per key");
    }

    @Test
    void doesNotKeepItsKeysAlive() throws Exception {
        WeakIdentityMap.Entry<String> entry = map.entry(new Object(), () -> "gone");
        for (int i = 0; i < 50 && entry.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(entry.get());
    }
}
