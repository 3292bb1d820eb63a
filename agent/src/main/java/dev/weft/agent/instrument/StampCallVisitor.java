package dev.weft.agent.instrument;

import dev.weft.runtime.HandOffCalls;
import java.util.Set;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;

/**
 * In a run that rewrites lock operations only (deadlock detection), turns each call of a {@code StampedLock} that takes,
 * gives up or converts a stamp ({@link #STAMP_CALLS}) into an {@code invokedynamic} linked by
 * {@link HandOffCalls#stampCall}, which tells the wait-for and lock-order graphs what it means: a stamp is held as the
 * lock's read or write view. (Race detection links these calls with their hand-offs, {@link HandOffVisitor}.) The
 * methods get it that {@link LockOperationScan} finds making such a call; a class that names no {@code StampedLock}
 * is not looked at for them.
 */
final class StampCallVisitor extends LinkedInstanceCallVisitor {

    /** The internal name of {@code StampedLock}. */
    static final String STAMPED_LOCK = "java/util/concurrent/locks/StampedLock";

    /** The methods whose calls the graphs hear of: requests, tries, unlocks and conversions of stamps. */
    private static final Set<String> STAMP_CALLS = Set.of("readLock", "writeLock", "readLockInterruptibly",
            "writeLockInterruptibly", "tryReadLock", "tryWriteLock", "unlockRead", "unlockWrite", "unlock", "tryUnlockRead",
            "tryUnlockWrite", "tryConvertToWriteLock", "tryConvertToReadLock", "tryConvertToOptimisticRead");

    private static final Handle STAMP_CALL = bootstrap("stampCall");

    StampCallVisitor(MethodVisitor next, MethodSites sites) {
        super(next, sites, STAMP_CALL);
    }

    /** Whether a call of this owner and name takes, gives up or converts a stamp. */
    static boolean isStampCall(String owner, String name) {
        return owner.equals(STAMPED_LOCK) && STAMP_CALLS.contains(name);
    }

    @Override
    boolean links(String owner, String name) {
        return isStampCall(owner, name);
    }
}
