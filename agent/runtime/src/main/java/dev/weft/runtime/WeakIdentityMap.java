package dev.weft.runtime;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * A map from objects, by identity, to values, that does not keep its keys alive; thread-safe.
 *
 * <p>It never calls a key's {@code equals} or {@code hashCode}. A value is held strongly unless it is
 * put as {@link #putWeakIfAbsent weak}: a strong value that refers to its key keeps the entry forever.
 * Guarded by {@code this}.
 */
final class WeakIdentityMap<V> {

    private static final class Entry<V> extends WeakReference<Object> {
        final int hash;
        final Object value; // a V, or a WeakReference to one
        Entry<V> next;

        Entry(Object key, int hash, Object value, Entry<V> next, ReferenceQueue<Object> queue) {
            super(key, queue);
            this.hash = hash;
            this.value = value;
            this.next = next;
        }
    }

    private final ReferenceQueue<Object> cleared = new ReferenceQueue<>();
    private Entry<V>[] table = newTable(64);
    private int size;

    /** The value of {@code key}, or {@code null}. */
    synchronized V get(Object key) {
        int hash = System.identityHashCode(key);
        for (Entry<V> e = table[hash & (table.length - 1)]; e != null; e = e.next) {
            if (e.hash == hash && e.get() == key) {
                return valueOf(e);
            }
        }
        return null;
    }

    /** Maps {@code key} to {@code value} unless it has a value already. */
    synchronized void putIfAbsent(Object key, V value) {
        put(key, value);
    }

    /** As {@link #putIfAbsent}, holding the value weakly: the entry reads as absent once it is collected. */
    synchronized void putWeakIfAbsent(Object key, V value) {
        put(key, new WeakReference<>(value));
    }

    /** Replaces the value of {@code key}. */
    synchronized void replace(Object key, V value) {
        remove(key);
        put(key, value);
    }

    @SuppressWarnings("unchecked")
    private V valueOf(Entry<V> e) {
        return e.value instanceof WeakReference<?> weak ? (V) weak.get() : (V) e.value;
    }

    private void put(Object key, Object value) {
        expungeCleared();
        if (get(key) != null) {
            return;
        }
        if (size >= table.length * 3 / 4) {
            resize();
        }
        int hash = System.identityHashCode(key);
        int i = hash & (table.length - 1);
        table[i] = new Entry<>(key, hash, value, table[i], cleared);
        size++;
    }

    private void remove(Object key) {
        int hash = System.identityHashCode(key);
        for (Entry<V> e = table[hash & (table.length - 1)]; e != null; e = e.next) {
            if (e.hash == hash && e.get() == key) {
                unlink(e);
                return;
            }
        }
    }

    private void expungeCleared() {
        for (Reference<?> gone; (gone = cleared.poll()) != null; ) {
            unlink((Entry<?>) gone);
        }
    }

    private void unlink(Entry<?> entry) {
        int i = entry.hash & (table.length - 1);
        Entry<V> previous = null;
        for (Entry<V> e = table[i]; e != null; previous = e, e = e.next) {
            if (e == entry) {
                if (previous == null) {
                    table[i] = e.next;
                } else {
                    previous.next = e.next;
                }
                size--;
                return;
            }
        }
    }

    private void resize() {
        Entry<V>[] old = table;
        table = newTable(old.length * 2);
        for (Entry<V> head : old) {
            for (Entry<V> e = head, next; e != null; e = next) {
                next = e.next;
                int i = e.hash & (table.length - 1);
                e.next = table[i];
                table[i] = e;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> Entry<V>[] newTable(int length) {
        return (Entry<V>[]) new Entry<?>[length];
    }
}
