package dev.weft.agent.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * In a handler of {@code Exception}, {@code Throwable} or any exception (a {@code finally}), which an
 * {@code InterruptedException} may reach as well as one of its own type: when what it caught is one, the thread
 * received an interrupt (the thrown exception detects it, JLS 17.4.4), so the handler acquires what the interrupting
 * thread released, as a handler of {@code InterruptedException} does ({@link HandOffVisitor}). The hook,
 * {@code Weft.caught(exception, site)}, goes after the handler's first instruction, the {@code astore} that keeps the
 * exception, once no range the handler covers is still open: javac's handler of a {@code finally} after a block that
 * cannot end normally covers that {@code astore}, and its handler of a {@code synchronized} block covers the
 * {@code monitorexit} after it (no hook there, where a call would keep C1 off the method; a {@code synchronized} block
 * rethrows what it caught). A handler that does not begin with an {@code astore}, or whose next instruction is a jump
 * target, gets no hook.
 */
final class CaughtInterruptVisitor extends HookingMethodVisitor {

    private static final String INTERRUPTED_EXCEPTION = "java/lang/InterruptedException";
    /** The handler types that catch an {@code InterruptedException} without naming it ({@code null}: a {@code finally}). */
    private static final Set<String> BROADER = Set.of("java/lang/Exception", "java/lang/Throwable");

    /** The ranges ({@code start, end}) each broad handler covers. */
    private final Map<Label, List<Label[]>> broadHandlers = new HashMap<>();
    private final Set<Label> interruptHandlers = new HashSet<>();
    private final Set<Label> visitedLabels = new HashSet<>();
    /** The broad handler just begun (its {@code astore} still to come), or {@code null}. */
    private Label handler;
    /** The local its {@code astore} stored the exception in, while the hook is still to come; else -1. */
    private int caughtLocal = -1;
    private boolean hooked;

    CaughtInterruptVisitor(MethodVisitor next, MethodSites sites) {
        super(next, sites);
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
        if (INTERRUPTED_EXCEPTION.equals(type)) {
            interruptHandlers.add(handler);
        } else if (type == null || BROADER.contains(type)) {
            broadHandlers.computeIfAbsent(handler, h -> new ArrayList<>()).add(new Label[] {start, end});
        }
        super.visitTryCatchBlock(start, end, handler, type);
    }

    @Override
    public void visitLabel(Label label) {
        super.visitLabel(label);
        visitedLabels.add(label);
        if (broadHandlers.containsKey(label) && !interruptHandlers.contains(label)) { // a multi-catch's has its hook
            handler = label;
            caughtLocal = -1;
        }
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        if (caughtLocal >= 0) {
            handler = null; // a jump target right after the astore: the local may hold something else there
            caughtLocal = -1;
        }
        super.visitFrame(type, numLocal, local, numStack, stack);
    }

    /** Before each instruction: the hook, when the handler's {@code astore} was the instruction before and no range of it is open. */
    private void beforeInstruction(int opcode, int var) {
        if (handler == null) {
            return;
        }
        if (caughtLocal >= 0) {
            boolean open = broadHandlers.get(handler).stream()
                    .anyMatch(range -> visitedLabels.contains(range[0]) && !visitedLabels.contains(range[1]));
            if (!open) {
                super.visitVarInsn(Opcodes.ALOAD, caughtLocal);
                callHook("caught", "(Ljava/lang/Throwable;I)V", newSite());
                hooked = true;
            }
            handler = null;
            caughtLocal = -1;
        } else if (opcode == Opcodes.ASTORE) {
            caughtLocal = var;
        } else {
            handler = null;
        }
    }

    @Override
    public void visitInsn(int opcode) {
        beforeInstruction(opcode, -1);
        super.visitInsn(opcode);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        beforeInstruction(opcode, -1);
        super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitVarInsn(int opcode, int var) {
        beforeInstruction(opcode, var);
        super.visitVarInsn(opcode, var);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        beforeInstruction(opcode, -1);
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        beforeInstruction(opcode, -1);
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        beforeInstruction(opcode, -1);
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        beforeInstruction(Opcodes.INVOKEDYNAMIC, -1);
        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        beforeInstruction(opcode, -1);
        super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitLdcInsn(Object value) {
        beforeInstruction(Opcodes.LDC, -1);
        super.visitLdcInsn(value);
    }

    @Override
    public void visitIincInsn(int var, int increment) {
        beforeInstruction(Opcodes.IINC, -1);
        super.visitIincInsn(var, increment);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        beforeInstruction(Opcodes.TABLESWITCH, -1);
        super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        beforeInstruction(Opcodes.LOOKUPSWITCH, -1);
        super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        beforeInstruction(Opcodes.MULTIANEWARRAY, -1);
        super.visitMultiANewArrayInsn(descriptor, numDimensions);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(hooked ? Math.max(maxStack, 2) : maxStack, maxLocals); // the exception and the site, on an empty stack
    }
}
