package dev.weft.agent.instrument;

import dev.weft.runtime.HandOffCalls;
import java.util.Set;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * In a run that rewrites lock operations only (deadlock detection), turns each call that takes or gives back a
 * {@code Semaphore}'s permits ({@link #NAMES}, on the static type {@code java.util.concurrent.Semaphore}) into an
 * {@code invokedynamic} linked by {@link HandOffCalls#semaphore}, which tells the wait-for graph about the permits. A
 * call through an application subclass's static type is not seen. (A run with race detection links these calls with
 * their hand-offs, and the same hooks.) The field a call's receiver was read from is recorded by
 * {@link SemaphoreReceiverVisitor}, after this one.
 */
final class SemaphoreCallVisitor extends LinkedInstanceCallVisitor {

    /** The internal name of the semaphore's class. */
    static final String OWNER = "java/util/concurrent/Semaphore";

    /** The methods whose calls take or give back permits. */
    private static final Set<String> NAMES = Set.of("acquire", "acquireUninterruptibly", "tryAcquire", "release", "drainPermits");

    private static final Handle SEMAPHORE = bootstrap("semaphore");

    SemaphoreCallVisitor(MethodVisitor next, MethodSites sites) {
        super(next, sites, SEMAPHORE);
    }

    /** Whether an instance call of this owner and name takes or gives back a semaphore's permits. */
    static boolean takesPermits(String owner, String name) {
        return OWNER.equals(owner) && NAMES.contains(name);
    }

    @Override
    boolean links(String owner, String name) {
        return takesPermits(owner, name);
    }
}
