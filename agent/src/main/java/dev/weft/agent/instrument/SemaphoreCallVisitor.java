package dev.weft.agent.instrument;

import dev.weft.runtime.HandOffCalls;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Set;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * In a run that rewrites lock operations only (deadlock detection), turns each call that takes or gives back a
 * {@code Semaphore}'s permits ({@link #NAMES}, on the static type {@code java.util.concurrent.Semaphore}) into an
 * {@code invokedynamic} linked by {@link HandOffCalls#semaphore}, which tells the wait-for graph about the permits. A
 * call through an application subclass's static type is not seen. (A run with race detection links these calls with
 * their hand-offs, and the same hooks.)
 */
final class SemaphoreCallVisitor extends HookingMethodVisitor {

    /** The internal name of the semaphore's class. */
    static final String OWNER = "java/util/concurrent/Semaphore";

    /** The methods whose calls take or give back permits. */
    private static final Set<String> NAMES = Set.of("acquire", "acquireUninterruptibly", "tryAcquire", "release", "drainPermits");

    private static final Handle SEMAPHORE = new Handle(Opcodes.H_INVOKESTATIC, Type.getInternalName(HandOffCalls.class),
            "semaphore", Type.getMethodDescriptor(Type.getType(CallSite.class), Type.getType(MethodHandles.Lookup.class),
                    Type.getType(String.class), Type.getType(MethodType.class), Type.getType(MethodHandle.class), Type.INT_TYPE),
            false);

    SemaphoreCallVisitor(MethodVisitor next, MethodSites sites) {
        super(next, sites);
    }

    /** Whether an instance call of this owner and name takes or gives back a semaphore's permits. */
    static boolean takesPermits(String owner, String name) {
        return OWNER.equals(owner) && NAMES.contains(name);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode != Opcodes.INVOKEVIRTUAL || !takesPermits(owner, name)) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        Handle original = new Handle(Opcodes.H_INVOKEVIRTUAL, owner, name, descriptor, false);
        super.visitInvokeDynamicInsn(name, "(" + Type.getObjectType(owner).getDescriptor() + descriptor.substring(1),
                SEMAPHORE, original, newSite());
    }
}
