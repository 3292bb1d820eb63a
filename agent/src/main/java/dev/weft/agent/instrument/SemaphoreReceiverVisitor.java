package dev.weft.agent.instrument;

import dev.weft.agent.site.SiteRegistry;
import dev.weft.agent.site.SiteRegistry.SemaphoreReceiver;
import java.lang.ref.WeakReference;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Records, for {@link SemaphoreMutexProof}, the field a {@code Semaphore} call that takes or gives back permits read its
 * receiver from ({@link SemaphoreReceiver}, with the call's site): the call is the {@code invokedynamic} that
 * {@link SemaphoreCallVisitor} (a deadlock-only run) or {@link HandOffVisitor} (a run with hand-offs) made of it, whose
 * first two bootstrap arguments are the original method and the site, and the field was read by the instruction right
 * before it ({@code getfield}/{@code getstatic}, no label between). Goes after those visitors in the chain.
 */
final class SemaphoreReceiverVisitor extends MethodVisitor {

    private static final String SEMAPHORE = "L" + SemaphoreCallVisitor.OWNER + ";";

    private final SiteRegistry registry;
    private final WeakReference<ClassLoader> loader;
    /** The semaphore field the previous instruction read, else {@code null}. */
    private SemaphoreReceiver justRead;

    SemaphoreReceiverVisitor(MethodVisitor next, SiteRegistry registry, ClassLoader loader) {
        super(Opcodes.ASM9, next);
        this.registry = registry;
        this.loader = new WeakReference<>(loader);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        boolean read = (opcode == Opcodes.GETFIELD || opcode == Opcodes.GETSTATIC) && descriptor.equals(SEMAPHORE);
        super.visitFieldInsn(opcode, owner, name, descriptor);
        justRead = read ? new SemaphoreReceiver(loader, owner, name) : null;
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        if (justRead != null && arguments.length >= 2 && arguments[0] instanceof Handle original
                && SemaphoreCallVisitor.takesPermits(original.getOwner(), original.getName())
                && arguments[1] instanceof Integer site) {
            registry.semaphoreReceiver(site, justRead);
        }
        justRead = null;
        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
    }

    // Any other instruction, or a label a jump may come to, stands between a read and a call.

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        justRead = null;
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }

    @Override
    public void visitInsn(int opcode) {
        justRead = null;
        super.visitInsn(opcode);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        justRead = null;
        super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        justRead = null;
        super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        justRead = null;
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        justRead = null;
        super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitLabel(Label label) {
        justRead = null;
        super.visitLabel(label);
    }

    @Override
    public void visitLdcInsn(Object value) {
        justRead = null;
        super.visitLdcInsn(value);
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
        justRead = null;
        super.visitIincInsn(varIndex, increment);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        justRead = null;
        super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        justRead = null;
        super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        justRead = null;
        super.visitMultiANewArrayInsn(descriptor, numDimensions);
    }
}
