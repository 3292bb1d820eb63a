package example.racehunt;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A de-duplicating audit keeps the session ids it has seen in {@code ConcurrentHashMap.newKeySet()}; the id caches its
 * hash in a plain field. One audit thread adds a shared id while another asks whether it is there: the set's {@code add}
 * and {@code contains} hash the element before the map synchronizes, so the two threads' hashes are unordered.
 */
// weft: expect race example.racehunt.SessionIdHashKeySet$SessionId.hash threads=audit-1,audit-2
public final class SessionIdHashKeySet {

    static final class SessionId {
        final long value;
        private int hash;

        SessionId(long value) {
            this.value = value;
        }

        @Override
        public int hashCode() {
            int h = hash; // weft: race
            if (h == 0) {
                h = Long.hashCode(value) | 1;
                hash = h; // weft: race
            }
            return h;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SessionId id && id.value == value;
        }
    }

    private static final Set<SessionId> SEEN = ConcurrentHashMap.newKeySet();

    public static void main(String[] args) throws InterruptedException {
        SessionId id = new SessionId(0x5EED_CAFEL);
        boolean[] first = new boolean[2];
        Threads.runAll(new String[] {"audit-1", "audit-2"}, () -> first[0] = SEEN.add(id), () -> first[1] = SEEN.contains(id));
        System.out.println(first[0] + " " + first[1]);
    }
}
