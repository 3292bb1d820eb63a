package dev.weft.agent.identity;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.function.Supplier;

/**
 * A map from objects, compared by identity, to weft's state about them, that does not keep the objects
 * alive: an entry goes once its key has been collected.
 *
 * <p><b>Shadow state</b>: the map is split into {@value #STRIPES} stripes by identity hash; each stripe
 * is a chained hash table changed only under its own monitor (weft's, never the application's), so no
 * lock is global. A lookup first walks the table without the monitor: a key it finds is the key's one
 * entry (entries are never replaced, only unlinked once their key is gone). A walk that races with an
 * insertion, a removal or the table's growth may miss an entry, so a miss looks again under the
 * monitor. Lookups of known keys thus take no lock and allocate nothing; an insertion allocates its entry
 * and first drops the entries whose keys were collected.
 *
 * @param <V> the state kept per object
 */
public final class WeakIdentityMap<V> {

    private static final int STRIPES = 1024;
    /** How far a lookup without the monitor follows a chain (chains are short: a table grows when full). */
    private static final int MAX_UNLOCKED_STEPS = 16;

    /** One key and its value; the entry itself is the weak reference to the key. */
    public static final class Entry<V> extends WeakReference<Object> {
        final int hash;
        public final V value;
        Entry<V> next;

        Entry(Object key, int hash, V value, ReferenceQueue<Object> queue, Entry<V> next) {
            super(key, queue);
            this.hash = hash;
            this.value = value;
            this.next = next;
        }
    }

    /** What an unlocked walk returns when it stopped at its bound without reaching the chain's end. */
    private static final Entry<Object> GAVE_UP = new Entry<>(null, 0, null, null, null);

    private final Stripe<V>[] stripes;

    @SuppressWarnings("unchecked")
    public WeakIdentityMap() {
        stripes = new Stripe[STRIPES];
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Stripe<>();
        }
    }

    /** The entry of {@code key}, made with the value {@code create} gives if there is none yet. */
    public Entry<V> entry(Object key, Supplier<V> create) {
        return entry(key, System.identityHashCode(key), create);
    }

    /**
     * {@link #entry(Object, Supplier)} for a caller that has the key's identity hash at hand already
     * ({@code hash}, {@code System.identityHashCode(key)}): the VM is not asked for it again.
     */
    public Entry<V> entry(Object key, int hash, Supplier<V> create) {
        Stripe<V> stripe = stripes[hash & (STRIPES - 1)];
        Entry<V>[] table = stripe.table;
        Entry<V> head = table[spread(hash) & (table.length - 1)];
        Entry<V> found = Stripe.findFrom(head, key, spread(hash));
        if (found != null && found != GAVE_UP) {
            return found;
        }
        return stripe.entry(key, spread(hash), create, found == null ? table : null, head);
    }

    /** The value of {@code key}, or {@code null}. */
    public V get(Object key) {
        int hash = System.identityHashCode(key);
        Stripe<V> stripe = stripes[hash & (STRIPES - 1)];
        Entry<V> e = stripe.findUnlocked(key, spread(hash));
        if (e == null) {
            e = stripe.find(key, spread(hash));
        }
        return e == null ? null : e.value;
    }

    /**
     * The value of {@code key}, or {@code null}; without a lock, so an entry being added at this moment may
     * be missed. For callers to whom a miss costs nothing worse than a check not made.
     */
    public V peek(Object key) {
        return peek(key, System.identityHashCode(key));
    }

    /** {@link #peek(Object)} given the key's identity hash ({@code System.identityHashCode(key)}). */
    public V peek(Object key, int hash) {
        Entry<V> e = stripes[hash & (STRIPES - 1)].findUnlocked(key, spread(hash));
        return e == null ? null : e.value;
    }

    /** The bits not used to choose the stripe. */
    private static int spread(int hash) {
        return hash >>> 10;
    }

    private static final class Stripe<V> {
        private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
        private volatile Entry<V>[] table = newTable(4); // changed under this; read without it too
        private int size; // guarded by this

        @SuppressWarnings("unchecked")
        private static <V> Entry<V>[] newTable(int capacity) {
            return new Entry[capacity];
        }

        /**
         * The entry of {@code key}, or {@code null} when it has none or a concurrent change hid it. The
         * walk is bounded: links being moved by a concurrent growth, seen out of order, could loop.
         */
        Entry<V> findUnlocked(Object key, int hash) {
            Entry<V>[] t = table;
            Entry<V> found = findFrom(t[hash & (t.length - 1)], key, hash);
            return found == GAVE_UP ? null : found;
        }

        /**
         * {@link #findUnlocked} from the chain's head {@code e}, read by the caller: the entry, {@code null}
         * when the walk reached the chain's end, or {@link #GAVE_UP} when it stopped at its bound.
         */
        @SuppressWarnings("unchecked")
        static <V> Entry<V> findFrom(Entry<V> e, Object key, int hash) {
            for (int steps = 0; e != null; e = e.next, steps++) {
                if (steps == MAX_UNLOCKED_STEPS) {
                    return (Entry<V>) GAVE_UP;
                }
                if (e.hash == hash && e.get() == key) { // the hash first: it spares reading the referent
                    return e;
                }
            }
            return null;
        }

        synchronized Entry<V> find(Object key, int hash) {
            Entry<V>[] t = table;
            for (Entry<V> e = t[hash & (t.length - 1)]; e != null; e = e.next) {
                if (e.hash == hash && e.get() == key) { // the hash first: it spares reading the referent
                    return e;
                }
            }
            return null;
        }

        /**
         * The entry of {@code key}, made now if there is none. {@code seen} is the table whose chain for the
         * key a walk without the monitor went through to its end, from {@code seenHead}, without finding
         * the key ({@code null} when there was no such walk). When that table and head are still current,
         * no entry was added to the chain since (entries are only added at the head, under this monitor),
         * so the key has none and the chain needs no second walk.
         */
        synchronized Entry<V> entry(Object key, int hash, Supplier<V> create, Entry<V>[] seen, Entry<V> seenHead) {
            boolean unchanged = seen == table && seenHead == seen[hash & (seen.length - 1)];
            Entry<V> found = unchanged ? null : find(key, hash);
            if (found != null) {
                return found;
            }
            dropCollected();
            if (size >= table.length) {
                grow();
            }
            int i = hash & (table.length - 1);
            Entry<V> e = new Entry<>(key, hash, create.get(), collected, table[i]);
            table[i] = e;
            size++;
            return e;
        }

        private void dropCollected() {
            for (Object gone; (gone = collected.poll()) != null; ) {
                Entry<?> dead = (Entry<?>) gone;
                int i = dead.hash & (table.length - 1);
                Entry<V> prev = null;
                for (Entry<V> e = table[i]; e != null; prev = e, e = e.next) {
                    if (e == dead) {
                        if (prev == null) {
                            table[i] = e.next;
                        } else {
                            prev.next = e.next;
                        }
                        size--;
                        break;
                    }
                }
            }
        }

        /** Moves the entries to a table twice as large, published once filled. */
        private void grow() {
            Entry<V>[] old = table;
            Entry<V>[] grown = newTable(old.length * 2);
            for (Entry<V> head : old) {
                for (Entry<V> e = head; e != null; ) {
                    Entry<V> next = e.next;
                    int i = e.hash & (grown.length - 1);
                    e.next = grown[i];
                    grown[i] = e;
                    e = next;
                }
            }
            table = grown;
        }
    }
}
