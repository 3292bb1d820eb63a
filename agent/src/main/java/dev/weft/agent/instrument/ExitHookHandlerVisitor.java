package dev.weft.agent.instrument;

import dev.weft.runtime.Weft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Gives the monitor-exit hook in javac's catch-all handler of a {@code synchronized} block a handler of its
 * own, so that C1 compiles the method.
 *
 * <p>javac's handler releases the monitor and rethrows, and a range it handles covers its own first
 * instructions: {@code H: astore x; aload m; monitorexit; E: aload x; athrow} with {@code [H, E)} (or, when
 * the block cannot end normally, {@code [body, E)}) handled by {@code H}.
 * {@link LockOperationVisitor} puts the hook, a call, before that {@code monitorexit}; a call that a handler
 * covers in that handler's own first block makes C1 give up on the method ("exception handler covers
 * itself"), which then runs interpreted until C2 compiles it. This visitor, the last before the class
 * writer, rewrites that handler to
 * <pre>
 * H:  aload m; S: ldc site; invokestatic beforeMonitorExit; T: astore x; aload m; monitorexit; E: aload x; athrow
 * H2: aload m; monitorexit; athrow
 * </pre>
 * with the range split: {@code [start, S)} and {@code [T, E)} handled by {@code H}, {@code [S, T)} by
 * {@code H2}, a copy of javac's handler that no range covers but the ones around the block. The hook runs
 * before anything is stored, so the locals at {@code H2} are the handler's own ({@code H2}'s frame is "same
 * locals as the previous one", {@code H}'s), and the monitor is released on every path. The exception table is held back until the end of the method
 * so that the split entries keep the place of the one they replace. Any other handler goes through
 * unchanged.
 */
final class ExitHookHandlerVisitor extends MethodVisitor {

    private static final String WEFT = Type.getInternalName(Weft.class);
    private static final String THROWABLE = "java/lang/Throwable";
    /** The instructions of the handler, one per step, after which it is rewritten. */
    private static final int STORE = 0, LOAD = 1, DUP = 2, SITE = 3, HOOK = 4, EXIT = 5, END = 6, RELOAD = 7, THROW = 8;

    /** One entry of the exception table; a handler that covers itself may be split. */
    private static final class Entry {
        final Label start;
        final Label end;
        final Label handler;
        final String type;
        /** Where the hook begins and ends and its own handler, once the handler was rewritten. */
        Label hookStart;
        Label hookEnd;
        Label hookHandler;

        Entry(Label start, Label end, Label handler, String type) {
            this.start = start;
            this.end = end;
            this.handler = handler;
            this.type = type;
        }
    }

    private final boolean frames;
    private final List<Entry> entries = new ArrayList<>();
    /** The entries of catch-all handlers, by handler. */
    private final Map<Label, List<Entry>> catchAll = new HashMap<>();
    /** The labels visited so far. */
    private final Set<Label> visited = new HashSet<>();
    /** The handler being read, or {@code null}. */
    private Entry reading;
    /** How many of its instructions matched javac's shape. */
    private int step;
    private int stored;
    private int monitor;
    private Object site;
    private int lineAtEnd = -1;

    /** @param frames whether the class file has stack map frames (version 50 or later) */
    ExitHookHandlerVisitor(MethodVisitor next, boolean frames) {
        super(ClassReaders.ASM_API, next);
        this.frames = frames;
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
        Entry entry = new Entry(start, end, handler, type);
        entries.add(entry);
        if (type == null) {
            catchAll.computeIfAbsent(handler, h -> new ArrayList<>(2)).add(entry);
        }
    }

    @Override
    public void visitLabel(Label label) {
        if (reading != null && step == END && label == reading.end) {
            step++;
            return;
        }
        notJavacs();
        super.visitLabel(label);
        if (catchAll.isEmpty()) {
            return;
        }
        visited.add(label);
        reading = coveringItself(label);
        step = STORE;
        lineAtEnd = -1;
    }

    /** The one catch-all entry whose range includes its handler, when {@code label} is that handler; else {@code null}. */
    private Entry coveringItself(Label label) {
        Entry found = null;
        for (Entry entry : catchAll.getOrDefault(label, List.of())) {
            if (visited.contains(entry.start) && !visited.contains(entry.end)) {
                if (found != null) {
                    return null;
                }
                found = entry;
            }
        }
        return found;
    }

    @Override
    public void visitLineNumber(int line, Label start) {
        if (reading != null && step == RELOAD && start == reading.end && lineAtEnd < 0) {
            lineAtEnd = line;
            return;
        }
        if (reading != null && step > STORE) {
            notJavacs();
        }
        super.visitLineNumber(line, start);
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        if (reading != null && step > STORE) {
            notJavacs();
        }
        super.visitFrame(type, numLocal, local, numStack, stack);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        if (reading != null) {
            if (step == STORE && opcode == Opcodes.ASTORE) {
                stored = varIndex;
                step++;
                return;
            }
            if (step == LOAD && opcode == Opcodes.ALOAD) {
                monitor = varIndex;
                step++;
                return;
            }
            if (step == RELOAD && opcode == Opcodes.ALOAD && varIndex == stored) {
                step++;
                return;
            }
            notJavacs();
        }
        super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitInsn(int opcode) {
        if (reading != null) {
            if (step == DUP && opcode == Opcodes.DUP || step == EXIT && opcode == Opcodes.MONITOREXIT) {
                step++;
                return;
            }
            if (step == THROW && opcode == Opcodes.ATHROW) {
                rewrite();
                return;
            }
            notJavacs();
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitLdcInsn(Object value) {
        if (reading != null && step == SITE && value instanceof Integer) {
            site = value;
            step++;
            return;
        }
        notJavacs();
        super.visitLdcInsn(value);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (reading != null && step == HOOK && opcode == Opcodes.INVOKESTATIC && owner.equals(WEFT)
                && name.equals("beforeMonitorExit")) {
            step++;
            return;
        }
        notJavacs();
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        notJavacs();
        super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        notJavacs();
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        notJavacs();
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, net.bytebuddy.jar.asm.Handle bootstrap,
                                       Object... arguments) {
        notJavacs();
        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        notJavacs();
        super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
        notJavacs();
        super.visitIincInsn(varIndex, increment);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        notJavacs();
        super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        notJavacs();
        super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        notJavacs();
        super.visitMultiANewArrayInsn(descriptor, numDimensions);
    }

    /** The handler being read turned out not to be javac's: writes what was held back, unchanged. */
    private void notJavacs() {
        if (reading == null) {
            return;
        }
        Entry handler = reading;
        reading = null;
        int matched = step;
        if (matched > STORE) {
            super.visitVarInsn(Opcodes.ASTORE, stored);
        }
        if (matched > LOAD) {
            super.visitVarInsn(Opcodes.ALOAD, monitor);
        }
        if (matched > DUP) {
            super.visitInsn(Opcodes.DUP);
        }
        if (matched > SITE) {
            super.visitLdcInsn(site);
        }
        if (matched > HOOK) {
            callHook();
        }
        if (matched > EXIT) {
            super.visitInsn(Opcodes.MONITOREXIT);
        }
        if (matched > END) {
            endOf(handler);
        }
        if (matched > RELOAD) {
            super.visitVarInsn(Opcodes.ALOAD, stored);
        }
    }

    /** Writes javac's handler, matched to its {@code athrow}, with the hook first and a handler of its own after it. */
    private void rewrite() {
        Entry handler = reading;
        reading = null;
        handler.hookStart = new Label();
        handler.hookEnd = new Label();
        handler.hookHandler = new Label();
        super.visitVarInsn(Opcodes.ALOAD, monitor);
        super.visitLabel(handler.hookStart);
        super.visitLdcInsn(site);
        callHook();
        super.visitLabel(handler.hookEnd);
        super.visitVarInsn(Opcodes.ASTORE, stored);
        super.visitVarInsn(Opcodes.ALOAD, monitor);
        super.visitInsn(Opcodes.MONITOREXIT);
        endOf(handler);
        super.visitVarInsn(Opcodes.ALOAD, stored);
        super.visitInsn(Opcodes.ATHROW);
        super.visitLabel(handler.hookHandler);
        if (frames) { // the handler's locals, as at H: no frame came since
            super.visitFrame(Opcodes.F_SAME1, 0, null, 1, new Object[] {THROWABLE});
        }
        super.visitVarInsn(Opcodes.ALOAD, monitor);
        super.visitInsn(Opcodes.MONITOREXIT);
        super.visitInsn(Opcodes.ATHROW);
    }

    private void endOf(Entry handler) {
        super.visitLabel(handler.end);
        if (lineAtEnd >= 0) {
            super.visitLineNumber(lineAtEnd, handler.end);
        }
    }

    private void callHook() {
        super.visitMethodInsn(Opcodes.INVOKESTATIC, WEFT, "beforeMonitorExit", "(Ljava/lang/Object;I)V", false);
    }

    /** Writes the exception table, in its order, a rewritten handler's entry split in two. */
    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        notJavacs();
        for (Entry entry : entries) {
            if (entry.hookHandler == null) {
                super.visitTryCatchBlock(entry.start, entry.end, entry.handler, entry.type);
            } else {
                super.visitTryCatchBlock(entry.start, entry.hookStart, entry.handler, null);
                super.visitTryCatchBlock(entry.hookStart, entry.hookEnd, entry.hookHandler, null);
                super.visitTryCatchBlock(entry.hookEnd, entry.end, entry.handler, null);
            }
        }
        super.visitMaxs(maxStack, maxLocals);
    }
}
