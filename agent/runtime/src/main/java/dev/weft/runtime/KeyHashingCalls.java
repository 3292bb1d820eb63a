package dev.weft.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls of a {@code ConcurrentHashMap} and of its key set view ({@code newKeySet()}, {@code keySet(value)}) that
 * hash the key they are given before they read the map's table: {@code get(key)}, {@code put(key, value)},
 * {@code computeIfAbsent(key, f)}, {@code remove(key)}... The key's {@code hashCode()} runs before the map synchronizes,
 * so it is ordered after nothing the map received: such a call releases through
 * {@link Weft#releasingBeforeKeyHash}, and its key's {@code hashCode()} acquires nothing. The map's other calls, and
 * {@code Hashtable}'s and the synchronized wrappers' (which hash inside their lock), release as any call does.
 */
final class KeyHashingCalls {

    /** The call may hash a {@code ConcurrentHashMap}'s key first. */
    static final int MAP = 1;
    /** The call may hash a {@code ConcurrentHashMap.KeySetView}'s element first. */
    static final int KEY_SET = 2;

    private static final Set<String> MAP_CALLS = Set.of("get", "put", "containsKey", "remove", "getOrDefault", "putIfAbsent",
            "computeIfAbsent", "computeIfPresent", "compute", "merge", "replace");
    private static final Set<String> KEY_SET_CALLS = Set.of("add", "contains", "remove");

    private KeyHashingCalls() { }

    /**
     * Which receivers ({@link #MAP}, {@link #KEY_SET}) a call of {@code name} whose parameters, the receiver first, are
     * {@code parameters} hashes the key of first, when the receiver is of exactly that class; 0 for none.
     */
    static int receivers(String name, Class<?>[] parameters) {
        if (parameters.length < 2 || parameters[1] != Object.class) {
            return 0;
        }
        int receivers = 0;
        if (MAP_CALLS.contains(name) && parameters[0].isAssignableFrom(ConcurrentHashMap.class)) {
            receivers |= MAP;
        }
        if (KEY_SET_CALLS.contains(name) && parameters[0].isAssignableFrom(ConcurrentHashMap.KeySetView.class)) {
            receivers |= KEY_SET;
        }
        return receivers;
    }

    /** Whether {@code receiver} is one of {@code receivers} ({@link #receivers}), whose call hashes its key first. */
    static boolean hashesKeyFirst(int receivers, Object receiver) {
        Class<?> type = receiver == null ? null : receiver.getClass();
        return (receivers & MAP) != 0 && type == ConcurrentHashMap.class
                || (receivers & KEY_SET) != 0 && type == ConcurrentHashMap.KeySetView.class;
    }

    /**
     * Before a call of {@code receivers} on {@code receiver}: a release of {@code sync} that announces the key's hash
     * when the receiver hashes it first, else a plain release.
     */
    static void releasing(int receivers, Object receiver, Object sync, int site) {
        if (hashesKeyFirst(receivers, receiver)) {
            Weft.releasingBeforeKeyHash(sync, site);
        } else {
            Weft.releasing(sync, site);
        }
    }
}
