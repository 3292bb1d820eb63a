package dev.weft.agent.instrument;

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

    private final CallSiteHooks hooks;
    private boolean rewritten;

    LockOperationVisitor(MethodVisitor next, MethodSites sites, CallSiteHooks hooks) {
        super(next, sites);
        this.hooks = hooks;
    }

    @Override
    public void visitInsn(int opcode) {
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
        String hook = hooks.hookFor(opcode, owner, name, descriptor);
        if (hook == null) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        } else {
            callHook(hook, CallSiteHooks.hookDescriptor(descriptor), newSite());
            rewritten = true;
        }
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(rewritten ? maxStack + EXTRA_STACK : maxStack, maxLocals);
    }
}
