package dev.weft.agent.instrument;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Rewrites the lock operations inside a method body: {@code monitorenter}/{@code monitorexit}
 * instructions get their hooks around them, and the calls {@link CallSiteHooks} selects become calls of
 * the matching {@code Weft} method, with one site per rewritten instruction.
 */
final class LockOperationVisitor extends HookingMethodVisitor {

    /** The most a rewrite adds to the operand stack: {@code monitorenter}'s two copies and the site. */
    private static final int EXTRA_STACK = 3;

    /** The classes whose objects are plain locks: where one is created is how a report names it. */
    static final Set<String> LOCK_CLASSES = Set.of("java/lang/Object",
            "java/util/concurrent/locks/ReentrantLock", "java/util/concurrent/locks/ReentrantReadWriteLock");

    /** A {@code new} whose constructor call has not come yet; {@code dup} when javac's {@code dup} follows it. */
    private static final class PendingNew {
        final String type;
        boolean dup;

        PendingNew(String type) {
            this.type = type;
        }
    }

    private final CallSiteHooks hooks;
    private final Deque<PendingNew> pendingNews = new ArrayDeque<>();
    private PendingNew justCreated;
    private boolean rewritten;

    LockOperationVisitor(MethodVisitor next, MethodSites sites, CallSiteHooks hooks) {
        super(next, sites);
        this.hooks = hooks;
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        super.visitTypeInsn(opcode, type);
        justCreated = null;
        if (opcode == Opcodes.NEW) {
            justCreated = new PendingNew(type);
            pendingNews.push(justCreated);
        }
    }

    @Override
    public void visitInsn(int opcode) {
        if (justCreated != null && opcode == Opcodes.DUP) {
            justCreated.dup = true;
        }
        justCreated = null;
        if (opcode == Opcodes.MONITORENTER) {
            int site = newSite();
            requestMonitor(site);
            monitorEntered(site);
            rewritten = true;
        } else if (opcode == Opcodes.MONITOREXIT) {
            exitMonitor(newSite());
            rewritten = true;
        } else {
            super.visitInsn(opcode);
        }
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        justCreated = null;
        if (opcode == Opcodes.INVOKESPECIAL && name.equals("<init>") && !pendingNews.isEmpty()
                && pendingNews.peek().type.equals(owner)) {
            PendingNew created = pendingNews.pop();
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            if (created.dup && LOCK_CLASSES.contains(owner)) { // the dup'ed new object is on top of the stack
                lockCreated(newSite());
                rewritten = true;
            }
            return;
        }
        String hook = hooks.hookFor(opcode, owner, name, descriptor);
        if (hook == null) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        } else {
            callHook(hook, CallSiteHooks.hookDescriptor(opcode, descriptor), newSite());
            rewritten = true;
        }
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(rewritten ? maxStack + EXTRA_STACK : maxStack, maxLocals);
    }
}
