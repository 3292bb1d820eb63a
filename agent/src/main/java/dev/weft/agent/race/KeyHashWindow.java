package dev.weft.agent.race;

/**
 * One thread's window between a {@code ConcurrentHashMap} call that hashes its key before it synchronizes and the
 * map's synchronization (see {@code Listener.releasingBeforeKeyHash}): the key's {@code hashCode()} and the callbacks
 * it runs acquire nothing from the map. Any other callback acquires the sync object its thread released last. Kept by
 * the live race detector and by the trace recorder alike, so that a trace gives the live findings.
 */
public final class KeyHashWindow {

    /** The thread's next callback, if a {@code hashCode()}, is the key's; until it acquires. */
    private boolean keyHashNext;
    /** How deep the thread is in the key's {@code hashCode()} and the callbacks it runs. */
    private int depth;

    /** A key-taking call released: its key's {@code hashCode()} may come next. */
    public void announced() {
        keyHashNext = true;
    }

    /** The thread released into a sync object in any other way: no key's hash is announced. */
    public void released() {
        keyHashNext = false;
    }

    /** The thread acquired: the call is over, and a key's hash left without its exit hook exempts nothing after it. */
    public void acquired() {
        keyHashNext = false;
        depth = 0;
    }

    /** A {@code hashCode()} begins: whether it acquires the sync object its thread released last. */
    public boolean hashCodeAcquires() {
        if (keyHashNext) {
            keyHashNext = false;
            depth = 1;
            return false;
        }
        return callbackAcquires();
    }

    /** Any other callback begins: whether it acquires the sync object its thread released last. */
    public boolean callbackAcquires() {
        keyHashNext = false;
        if (depth > 0) {
            depth++; // nested in the hash of a map call's key, before the map synchronizes
            return false;
        }
        return true;
    }

    /** A callback returns (it releases into the sync object its thread released last in any case). */
    public void exited() {
        if (depth > 0) {
            depth--;
        }
    }
}
