package dev.weft.agent.instrument;

import dev.weft.runtime.HandOffCalls;
import java.util.Set;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * In a run that rewrites lock operations only (deadlock detection), turns each call a {@code Collections.synchronized*}
 * wrapper, a {@code Vector} or a {@code Hashtable} may make holding its mutex into an {@code invokedynamic} linked by
 * {@link HandOffCalls#lockedByWrapper}, which tells the detectors that the mutex is taken around the call when the
 * receiver is one of them. Which calls may: an instance call whose static type is a collection or map type such a
 * receiver may have ({@link #OWNERS}), but for those the wrappers make without their lock ({@code iterator()},
 * {@code stream()}...) and the methods of {@code Object} that no collection overrides. The methods rewritten for
 * their lock operations get it (a method with a {@code synchronized} block, a {@code lock()} call...), and those that make
 * such a call in a class that names a wrapper ({@link LockOperationScan}): a wrapper's call in a method with no lock
 * operation, in a class that names none, made under its caller's lock, is not seen, which keeps the classes a
 * deadlock-only run rewrites, and most of the call sites, as they were.
 */
final class WrapperCallVisitor extends LinkedInstanceCallVisitor {

    /** The static types a wrapper, a {@code Vector}, a {@code Stack} or a {@code Hashtable} may be called through. */
    private static final Set<String> OWNERS = Set.of(
            "java/lang/Iterable", "java/util/Collection", "java/util/List", "java/util/Set", "java/util/SortedSet",
            "java/util/NavigableSet", "java/util/SequencedCollection", "java/util/SequencedSet", "java/util/Map",
            "java/util/SortedMap", "java/util/NavigableMap", "java/util/SequencedMap", "java/util/AbstractCollection",
            "java/util/AbstractList", "java/util/Vector", "java/util/Stack", "java/util/Dictionary", "java/util/Hashtable");

    /** The calls the wrappers make without their lock, and the methods of {@code Object} no collection overrides. */
    private static final Set<String> UNLOCKED = Set.of(
            "iterator", "listIterator", "spliterator", "stream", "parallelStream",
            "<init>", "getClass", "wait", "notify", "notifyAll");

    private static final Handle LOCKED_BY_WRAPPER = bootstrap("lockedByWrapper");

    WrapperCallVisitor(MethodVisitor next, MethodSites sites) {
        super(next, sites, LOCKED_BY_WRAPPER);
    }

    /** Whether an instance call of this static type and name may take a wrapper's mutex. */
    static boolean mayLock(String owner, String name) {
        return OWNERS.contains(owner) && !UNLOCKED.contains(name);
    }

    @Override
    boolean links(String owner, String name) {
        return mayLock(owner, name);
    }
}
