package dev.weft.agent.instrument;

import dev.weft.agent.site.FieldRegistry;

/**
 * Which rewrites the transformer applies to a class, by what the agent detects.
 *
 * @param synchronizedMethods {@code synchronized} methods become explicit monitor code (their modifier is
 *                            cleared, which retransformation does not allow)
 * @param handOffs            calls on {@code java.util.concurrent} and other thread-safe objects report their
 *                            hand-offs (only race detection needs them)
 * @param fields              where to register the fields whose accesses are instrumented, or {@code null}
 *                            to leave field and array accesses alone
 */
record Rewrites(boolean synchronizedMethods, boolean handOffs, FieldRegistry fields) {

    /** For deadlock detection at start-up: lock operations only. */
    static Rewrites forDeadlocks() {
        return new Rewrites(true, false, null);
    }

    /** For race detection at start-up: lock operations, hand-offs and memory accesses. */
    static Rewrites forRaces(FieldRegistry fields) {
        return new Rewrites(true, true, fields);
    }

    /** For an agent attached to a running JVM: lock operations, without changing any class's shape. */
    static Rewrites onRunning() {
        return new Rewrites(false, false, null);
    }

    /** Lock operations and hand-offs, without memory accesses: lets tests look at hand-offs alone. */
    static Rewrites handOffsOnly() {
        return new Rewrites(true, true, null);
    }

    /** True when only lock operations are rewritten: a class without any is left as it is. */
    boolean lockOperationsOnly() {
        return !handOffs && fields == null;
    }

    /**
     * True when method references to rewritten calls go through a bridge of their class ({@link MethodReferenceBridges}):
     * when the class's shape may change (a retransformation cannot add the bridges). Without hand-offs, only
     * references to lock operations ({@code lock::lock}) are bridged.
     */
    boolean methodReferenceBridges() {
        return synchronizedMethods;
    }

    /**
     * True when the calls a synchronized wrapper may make holding its mutex, the calls of a {@code StampedLock}'s stamps
     * and those that take or give back a {@code Semaphore}'s permits are linked for the deadlock detectors alone
     * ({@link WrapperCallVisitor}, {@link StampCallVisitor}, {@link SemaphoreCallVisitor}): in a deadlock-only run at
     * start-up (race detection links them with their contents and hand-offs).
     */
    boolean wrapperCalls() {
        return synchronizedMethods && lockOperationsOnly();
    }

    /** True when memory accesses are instrumented. */
    boolean memoryAccesses() {
        return fields != null;
    }
}
