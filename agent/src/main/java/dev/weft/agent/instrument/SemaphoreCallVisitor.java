package dev.weft.agent.instrument;

import dev.weft.agent.site.SiteRegistry.SemaphoreReceiver;
import dev.weft.runtime.HandOffCalls;
import java.lang.ref.WeakReference;
import java.util.Set;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * In a run that rewrites lock operations only (deadlock detection), turns each call that takes or gives back a
 * {@code Semaphore}'s permits ({@link #NAMES}, on the static type {@code java.util.concurrent.Semaphore}) into an
 * {@code invokedynamic} linked by {@link HandOffCalls#semaphore}, which tells the wait-for graph about the permits. A
 * call through an application subclass's static type is not seen. (A run with race detection links these calls with
 * their hand-offs, and the same hooks.) A call whose receiver was read from a field by the instruction right before it
 * has that field recorded with its site ({@link SemaphoreReceiver}), for {@link SemaphoreMutexProof}.
 */
final class SemaphoreCallVisitor extends LinkedInstanceCallVisitor {

    /** The internal name of the semaphore's class. */
    static final String OWNER = "java/util/concurrent/Semaphore";

    /** The methods whose calls take or give back permits. */
    private static final Set<String> NAMES = Set.of("acquire", "acquireUninterruptibly", "tryAcquire", "release", "drainPermits");

    private static final Handle SEMAPHORE = bootstrap("semaphore");

    private final MethodSites sites;
    private final WeakReference<ClassLoader> loader;
    /** The semaphore field the previous instruction read, else {@code null}. */
    private SemaphoreReceiver justRead;

    SemaphoreCallVisitor(MethodVisitor next, MethodSites sites, ClassLoader loader) {
        super(next, sites, SEMAPHORE);
        this.sites = sites;
        this.loader = new WeakReference<>(loader);
    }

    /** Whether an instance call of this owner and name takes or gives back a semaphore's permits. */
    static boolean takesPermits(String owner, String name) {
        return OWNER.equals(owner) && NAMES.contains(name);
    }

    @Override
    boolean links(String owner, String name) {
        return takesPermits(owner, name);
    }

    @Override
    void linking(int site) {
        if (justRead != null) {
            sites.registry().semaphoreReceiver(site, justRead);
        }
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        boolean read = (opcode == Opcodes.GETFIELD || opcode == Opcodes.GETSTATIC) && descriptor.equals("L" + OWNER + ";");
        super.visitFieldInsn(opcode, owner, name, descriptor);
        justRead = read ? new SemaphoreReceiver(loader, owner, name) : null;
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        justRead = null;
    }

    // Any other instruction, or a label a jump may come to, stands between a read and a call.

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
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        justRead = null;
        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        justRead = null;
        super.visitMultiANewArrayInsn(descriptor, numDimensions);
    }
}
