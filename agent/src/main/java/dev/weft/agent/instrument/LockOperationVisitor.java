package dev.weft.agent.instrument;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Rewrites the lock operations inside a method body: {@code monitorenter}/{@code monitorexit}
 * instructions get their hooks around them, and the calls {@link CallSiteHooks} selects become calls of
 * the matching {@code Weft} method, with one site per rewritten instruction.
 *
 * <p><b>Staying compilable.</b> HotSpot compiles a method only when it can prove that every monitor it
 * enters is exited on every path, exceptions included; an instruction that may throw while a monitor is
 * held must lie in a handler's range. javac's {@code synchronized} block stores the monitor in a local
 * ({@code dup; astore n; monitorenter}) and starts its catch-all range right after {@code monitorenter}.
 * For that shape the "monitor entered" hook is emitted inside the range (at the block's first
 * instruction) and reloads the monitor from the local; a hook between {@code monitorenter} and the range
 * would make HotSpot refuse the method, which would then run interpreted for the whole run. The block's first
 * instruction may also be a jump target (a loop that begins the block: {@code while (..) wait();}): jumps to it
 * then go to a label after the hook, so that a monitor is entered once however often the loop turns. Any other shape
 * gets the hook right after {@code monitorenter}: correct, though such a method stays interpreted, as it
 * may already be.
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
    private final Set<Label> rangeStarts = new HashSet<>();
    private PendingNew justCreated;
    private boolean rewritten;
    /** Whether the previous instruction was a {@code dup}. */
    private boolean afterDup;
    /** The local of {@code dup; astore n} when that was the previous instruction, else -1. */
    private int storedMonitor = -1;
    /** The site of a {@code monitorenter} whose "entered" hook is still to come, else -1. */
    private int enteredSite = -1;
    /** The local that holds that monitor. */
    private int enteredLocal;
    /** The label of a handler's range that came after that {@code monitorenter}, else {@code null}. */
    private Label rangeStart;
    /** Whether a stack map frame came at that label: it is a jump target. */
    private boolean frameAtRangeStart;
    /** Jump targets that begin a {@code synchronized} block, each with the label after its "entered" hook. */
    private final Map<Label, Label> afterEntered = new HashMap<>();

    LockOperationVisitor(MethodVisitor next, MethodSites sites, CallSiteHooks hooks) {
        super(next, sites);
        this.hooks = hooks;
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
        rangeStarts.add(start);
        super.visitTryCatchBlock(start, end, handler, type);
    }

    @Override
    public void visitLabel(Label label) {
        if (enteredSite >= 0 && rangeStart == null) {
            if (rangeStarts.contains(label)) {
                rangeStart = label; // the hook goes at the range's first instruction, after its frame and line
            } else {
                announceEntered();
            }
        }
        super.visitLabel(label);
    }

    /** Called first by every instruction: emits a pending "entered" hook. */
    private void instruction() {
        if (enteredSite >= 0) {
            announceEntered();
        }
    }

    private void announceEntered() {
        super.visitVarInsn(Opcodes.ALOAD, enteredLocal);
        monitorEntered(enteredSite);
        if (rangeStart != null) { // later jumps to the range's start skip the hook
            Label after = new Label();
            super.visitLabel(after);
            if (frameAtRangeStart) {
                super.visitFrame(Opcodes.F_SAME, 0, null, 0, null); // the hook left locals and stack as they were
            }
            afterEntered.put(rangeStart, after);
        }
        enteredSite = -1;
        rangeStart = null;
        frameAtRangeStart = false;
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        frameAtRangeStart |= rangeStart != null;
        super.visitFrame(type, numLocal, local, numStack, stack);
    }

    /** Where a jump to {@code label} goes: past the "entered" hook when it is the start of a block. */
    private Label target(Label label) {
        return afterEntered.getOrDefault(label, label);
    }

    private Label[] targets(Label[] labels) {
        Label[] targets = labels.clone();
        for (int i = 0; i < targets.length; i++) {
            targets[i] = target(targets[i]);
        }
        return targets;
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        instruction();
        afterDup = false;
        storedMonitor = -1;
        super.visitTypeInsn(opcode, type);
        justCreated = null;
        if (opcode == Opcodes.NEW) {
            justCreated = new PendingNew(type);
            pendingNews.push(justCreated);
        }
    }

    @Override
    public void visitInsn(int opcode) {
        instruction();
        if (justCreated != null && opcode == Opcodes.DUP) {
            justCreated.dup = true;
        }
        justCreated = null;
        int monitorLocal = storedMonitor;
        afterDup = opcode == Opcodes.DUP;
        storedMonitor = -1;
        if (opcode == Opcodes.MONITORENTER && monitorLocal >= 0) {
            enteredSite = newSite();
            enteredLocal = monitorLocal;
            requestStoredMonitor(enteredSite);
            rewritten = true;
        } else if (opcode == Opcodes.MONITORENTER) {
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
        instruction();
        afterDup = false;
        storedMonitor = -1;
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
    public void visitVarInsn(int opcode, int varIndex) {
        instruction();
        storedMonitor = afterDup && opcode == Opcodes.ASTORE ? varIndex : -1;
        afterDup = false;
        justCreated = null;
        super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        otherInstruction();
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        otherInstruction();
        super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        otherInstruction();
        super.visitJumpInsn(opcode, target(label));
    }

    @Override
    public void visitLdcInsn(Object value) {
        otherInstruction();
        super.visitLdcInsn(value);
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
        otherInstruction();
        super.visitIincInsn(varIndex, increment);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        otherInstruction();
        super.visitTableSwitchInsn(min, max, target(dflt), targets(labels));
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        otherInstruction();
        super.visitLookupSwitchInsn(target(dflt), keys, targets(labels));
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        otherInstruction();
        super.visitMultiANewArrayInsn(descriptor, numDimensions);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        otherInstruction();
        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
    }

    /** An instruction this visitor passes on unchanged. */
    private void otherInstruction() {
        instruction();
        afterDup = false;
        storedMonitor = -1;
        justCreated = null;
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        instruction();
        super.visitMaxs(rewritten ? maxStack + EXTRA_STACK : maxStack, maxLocals);
    }
}
