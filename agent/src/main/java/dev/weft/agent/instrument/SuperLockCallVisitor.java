package dev.weft.agent.instrument;

import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * In an application subclass of {@code ReentrantLock} that overrides {@code lock()}, {@code unlock()}...:
 * reports the lock as held right after its {@code super.lock()} (or {@code lockInterruptibly()}, a
 * successful {@code tryLock()} or {@code tryLock(time, unit)}) returns, and as released right before its
 * {@code super.unlock()}, through {@code Weft.superLockAcquired}/{@code superUnlocking}. The call of the
 * overriding method gets its own hooks when it returns and before it is made, as any lock call; without
 * these, what the override does after {@code super.lock()} or before {@code super.unlock()} would count as
 * outside the lock.
 *
 * <p>The lock of {@code super.tryLock(time, unit)}, whose arguments lie above it on the stack, is taken
 * from local 0: these calls are in the lock's own instance methods, whose {@code super} is {@code this}.
 */
final class SuperLockCallVisitor extends HookingMethodVisitor {

    private static final String LOCK = "java/util/concurrent/locks/ReentrantLock";
    /** The most a rewrite adds to the operand stack: a copy of the lock and the site. */
    private static final int EXTRA_STACK = 2;

    private boolean rewritten;

    SuperLockCallVisitor(MethodVisitor next, MethodSites sites) {
        super(next, sites);
    }

    /** True for the methods of a {@code ReentrantLock} subclass that may call the lock's own through {@code super}. */
    static boolean mayCallSuper(String name) {
        return name.equals("lock") || name.equals("lockInterruptibly") || name.equals("tryLock") || name.equals("unlock");
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode != Opcodes.INVOKESPECIAL || !owner.equals(LOCK)) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        switch (name + descriptor) {
            case "lock()V", "lockInterruptibly()V" -> {
                super.visitInsn(Opcodes.DUP);
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                callHook("superLockAcquired", "(Ljava/lang/Object;I)V", newSite());
            }
            case "tryLock()Z" -> {
                super.visitInsn(Opcodes.DUP);
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                super.visitInsn(Opcodes.SWAP);
                callHook("superTryLocked", "(ZLjava/lang/Object;I)Z", newSite());
            }
            case "tryLock(JLjava/util/concurrent/TimeUnit;)Z" -> {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                super.visitVarInsn(Opcodes.ALOAD, 0);
                callHook("superTryLocked", "(ZLjava/lang/Object;I)Z", newSite());
            }
            case "unlock()V" -> {
                super.visitInsn(Opcodes.DUP);
                callHook("superUnlocking", "(Ljava/lang/Object;I)V", newSite());
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
            default -> {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                return;
            }
        }
        rewritten = true;
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(rewritten ? maxStack + EXTRA_STACK : maxStack, maxLocals);
    }
}
