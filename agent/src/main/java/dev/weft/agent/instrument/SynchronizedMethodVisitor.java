package dev.weft.agent.instrument;

import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Turns the body of a {@code synchronized} method (whose flag the caller clears) into what javac emits
 * for a {@code synchronized} block, with the hooks: enter the monitor first, exit it before each return,
 * and exit it in a catch-all handler that rethrows.
 *
 * <p>The monitor is {@code this} (local 0) or the class. The prologue is emitted just before the first
 * instruction, so that its site has the method's first line. The handler's protected ranges leave out
 * each return instruction (which runs after the monitor is released) and come last in the exception
 * table, so the method's own handlers are tried first. The handler reloads {@code this} from local 0:
 * an instance method that stores into local 0 cannot be rewritten, and the class then fails to transform.
 */
final class SynchronizedMethodVisitor extends HookingMethodVisitor {

    /** The most the monitor code adds to the operand stack: the monitor, two copies, and the site. */
    private static final int EXTRA_STACK = 4;
    private static final int FIRST_VERSION_WITH_CLASS_CONSTANTS = Opcodes.V1_5;
    private static final int FIRST_VERSION_WITH_STACK_MAP_FRAMES = Opcodes.V1_6;

    private final String owner;
    private final String method;
    private final boolean isStatic;
    private final boolean needsFrames;
    private final List<Label> protectedRanges = new ArrayList<>();
    private List<Runnable> beforeFirstInstruction = new ArrayList<>();
    private int firstLine = -1;
    private int entrySite;
    private Label rangeStart;
    /** Whether no instruction came since {@code rangeStart}, which follows a return. */
    private boolean rangeEmpty;

    /**
     * @param next         the visitor that receives the rewritten method
     * @param sites        where the method's sites are registered
     * @param owner        the internal name of the method's class
     * @param method       the method's name and descriptor, for error messages
     * @param isStatic     whether the monitor is the class rather than {@code this}
     * @param classVersion the class file's version
     */
    SynchronizedMethodVisitor(MethodVisitor next, MethodSites sites, String owner, String method,
                              boolean isStatic, int classVersion) {
        super(next, sites);
        int major = classVersion & 0xFFFF;
        if (isStatic && major < FIRST_VERSION_WITH_CLASS_CONSTANTS) {
            throw new IllegalStateException("static synchronized method " + method
                    + " in a class file older than Java 5 (no class constants to name its monitor)");
        }
        this.owner = owner;
        this.method = method;
        this.isStatic = isStatic;
        this.needsFrames = major >= FIRST_VERSION_WITH_STACK_MAP_FRAMES;
    }

    private void beginBody() {
        rangeEmpty = false;
        if (beforeFirstInstruction == null) {
            return;
        }
        List<Runnable> deferred = beforeFirstInstruction;
        beforeFirstInstruction = null;
        entrySite = siteAt(firstLine);
        if (firstLine >= 0) {
            // the prologue belongs to the method's first line: a thread blocked entering the method
            // shows that line in its stack, as it would without weft
            Label prologue = new Label();
            super.visitLabel(prologue);
            super.visitLineNumber(firstLine, prologue);
        }
        pushMonitor();
        requestMonitor(entrySite);
        rangeStart = new Label();
        super.visitLabel(rangeStart);
        monitorEntered(entrySite);
        deferred.forEach(Runnable::run);
    }

    private void pushMonitor() {
        if (isStatic) {
            super.visitLdcInsn(Type.getObjectType(owner));
        } else {
            super.visitVarInsn(Opcodes.ALOAD, 0);
        }
    }

    private void endRange() {
        Label end = new Label();
        super.visitLabel(end);
        protectedRanges.add(rangeStart);
        protectedRanges.add(end);
    }

    private void refuseStoreIntoThis(int local) {
        if (local == 0 && !isStatic) {
            throw new IllegalStateException("synchronized method " + method
                    + " stores into local 0 ('this'), which its monitor exit needs");
        }
    }

    @Override
    public void visitLabel(Label label) {
        if (beforeFirstInstruction != null) {
            beforeFirstInstruction.add(() -> super.visitLabel(label));
        } else {
            super.visitLabel(label);
        }
    }

    @Override
    public void visitLineNumber(int line, Label start) {
        if (beforeFirstInstruction != null) {
            if (firstLine < 0) {
                firstLine = line;
            }
            beforeFirstInstruction.add(() -> super.visitLineNumber(line, start));
        } else {
            super.visitLineNumber(line, start);
        }
    }

    @Override
    public void visitInsn(int opcode) {
        beginBody();
        if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
            pushMonitor();
            exitMonitor(newSite());
            endRange();
            super.visitInsn(opcode);
            rangeStart = new Label();
            super.visitLabel(rangeStart);
            rangeEmpty = true;
        } else {
            super.visitInsn(opcode);
        }
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        beginBody();
        if (opcode >= Opcodes.ISTORE && opcode <= Opcodes.ASTORE) {
            refuseStoreIntoThis(varIndex);
        }
        super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
        beginBody();
        refuseStoreIntoThis(varIndex);
        super.visitIincInsn(varIndex, increment);
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        beginBody();
        super.visitFrame(type, numLocal, local, numStack, stack);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        beginBody();
        super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        beginBody();
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
        beginBody();
        super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
    }

    @Override
    public void visitMethodInsn(int opcode, String methodOwner, String name, String descriptor, boolean isInterface) {
        beginBody();
        super.visitMethodInsn(opcode, methodOwner, name, descriptor, isInterface);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        beginBody();
        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        beginBody();
        super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitLdcInsn(Object value) {
        beginBody();
        super.visitLdcInsn(value);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        beginBody();
        super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        beginBody();
        super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        beginBody();
        super.visitMultiANewArrayInsn(descriptor, numDimensions);
    }

    /**
     * Appends the catch-all handler, registers its ranges last, and makes room on the stack. The handler's
     * release hook, a call, lies in no range of the handler itself but in one of a second handler that
     * releases the monitor and rethrows: C1 gives up on a method where a handler covers a call in its own
     * first block.
     */
    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        boolean lastRangeEmpty = rangeEmpty;
        beginBody();
        Label handler = new Label();
        super.visitLabel(handler);
        if (!lastRangeEmpty) {
            protectedRanges.add(rangeStart);
            protectedRanges.add(handler);
        }
        if (needsFrames) {
            Object[] locals = isStatic ? new Object[0] : new Object[] {owner};
            super.visitFrame(Opcodes.F_FULL, locals.length, locals, 1, new Object[] {"java/lang/Throwable"});
        }
        pushMonitor();
        Label hookStart = new Label();
        super.visitLabel(hookStart);
        monitorExiting(entrySite);
        Label hookEnd = new Label();
        super.visitLabel(hookEnd);
        releaseAndRethrow();
        Label hookHandler = new Label();
        super.visitLabel(hookHandler);
        if (needsFrames) { // the same locals as the handler's
            super.visitFrame(Opcodes.F_SAME1, 0, null, 1, new Object[] {"java/lang/Throwable"});
        }
        releaseAndRethrow();
        for (int i = 0; i < protectedRanges.size(); i += 2) {
            super.visitTryCatchBlock(protectedRanges.get(i), protectedRanges.get(i + 1), handler, null);
        }
        super.visitTryCatchBlock(hookStart, hookEnd, hookHandler, null);
        super.visitMaxs(maxStack + EXTRA_STACK, maxLocals);
    }

    private void releaseAndRethrow() {
        pushMonitor();
        super.visitInsn(Opcodes.MONITOREXIT);
        super.visitInsn(Opcodes.ATHROW);
    }
}
