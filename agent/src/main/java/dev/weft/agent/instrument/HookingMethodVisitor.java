package dev.weft.agent.instrument;

import dev.weft.runtime.Weft;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * A method visitor that tracks the current source line and emits the calls to the {@link Weft} hooks.
 *
 * <p>The emitting methods write straight to the next visitor, so a subclass's own overrides never see
 * the code they add.
 */
abstract class HookingMethodVisitor extends MethodVisitor {

    private static final String WEFT = Type.getInternalName(Weft.class);
    private static final String MONITOR_HOOK = "(Ljava/lang/Object;I)V";

    private final MethodSites sites;
    private int line = -1;

    HookingMethodVisitor(MethodVisitor next, MethodSites sites) {
        super(ClassReaders.ASM_API, next);
        this.sites = sites;
    }

    @Override
    public void visitLineNumber(int line, Label start) {
        this.line = line;
        super.visitLineNumber(line, start);
    }

    /** Registers a site at the current line. */
    final int newSite() {
        return sites.at(line);
    }

    /** Records that the call at {@code site} calls {@code method} on a collection read from field {@code heldIn} (or {@code null}). */
    final void contentsCall(int site, String method, String heldIn) {
        sites.registry().contentsCall(site, method, heldIn);
    }

    /** Registers a site at this line. */
    final int siteAt(int line) {
        return sites.at(line);
    }

    /** Calls the hook {@code Weft.name} with the site pushed as its last argument. */
    final void callHook(String name, String descriptor, int site) {
        super.visitLdcInsn(site);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, WEFT, name, descriptor, false);
    }

    /** Stack {@code [monitor]} stays {@code [monitor]}: announces the request, then {@code monitorenter}. */
    final void requestMonitor(int site) {
        super.visitInsn(Opcodes.DUP);
        super.visitInsn(Opcodes.DUP);
        callHook("beforeMonitorEnter", MONITOR_HOOK, site);
        super.visitInsn(Opcodes.MONITORENTER);
    }

    /**
     * Stack {@code [monitor]} becomes {@code []}: announces the request, then {@code monitorenter}; the
     * caller announces the entry from the local it keeps the monitor in.
     */
    final void requestStoredMonitor(int site) {
        super.visitInsn(Opcodes.DUP);
        callHook("beforeMonitorEnter", MONITOR_HOOK, site);
        super.visitInsn(Opcodes.MONITORENTER);
    }

    /** Stack {@code [monitor]} becomes {@code []}: announces that the monitor is held. */
    final void monitorEntered(int site) {
        callHook("afterMonitorEnter", MONITOR_HOOK, site);
    }

    /** Stack {@code [lock]} stays {@code [lock]}: announces where a new lock object was created. */
    final void lockCreated(int site) {
        super.visitInsn(Opcodes.DUP);
        callHook("created", MONITOR_HOOK, site);
    }

    /** Stack {@code [monitor]} becomes {@code []}: announces the release, then {@code monitorexit}. */
    final void exitMonitor(int site) {
        super.visitInsn(Opcodes.DUP);
        monitorExiting(site);
        super.visitInsn(Opcodes.MONITOREXIT);
    }

    /** Stack {@code [monitor]} becomes {@code []}: announces the release, which the caller then makes. */
    final void monitorExiting(int site) {
        callHook("beforeMonitorExit", MONITOR_HOOK, site);
    }
}
