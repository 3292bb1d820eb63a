package dev.weft.agent.instrument;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * One method's part of a {@link SemaphoreMutexProof}: each read of the field is the receiver of a permit call right
 * away ({@code this}'s field, for an instance field), each write stores a {@code new Semaphore(1)} in the initializer,
 * no constant names the field, and, over every path of the method, exceptions' too (every handler that covers an
 * instruction that may throw), the calls pair: an {@code acquire} only while the method holds no permit, a
 * {@code release} only while it holds the one it took, no return while it holds it, and an instruction that may throw
 * while it holds it only where a handler of every exception (a {@code finally}'s) covers it. A failed {@code acquire}
 * took nothing. Tells its verdict at the method's end.
 */
final class PairedPermits extends MethodVisitor {

    private static final byte NONE = 0, ACQUIRE = 1, RELEASE = 2;
    private static final byte UNSEEN = 0, FREE = 1, HELD = 2;
    /** How far a {@code new Semaphore(1)} has been made: {@code NEW}, {@code DUP}, {@code ICONST_1}, fairness, constructor. */
    private static final int MADE = 5;

    /** An instruction as the paths through the method see it. */
    private record Instruction(byte effect, boolean mayThrow, boolean fallsThrough, boolean returns, Label[] targets) { }

    private record Handler(Label start, Label end, Label handler, boolean catchesAll) { }

    private final SemaphoreMutexProof proof;
    private final boolean receiverIsThis;
    private final boolean initializer;
    private final Consumer<Boolean> verdict;
    private final List<Instruction> code = new ArrayList<>();
    private final Map<Label, Integer> positions = new IdentityHashMap<>();
    private final List<Handler> handlers = new ArrayList<>();
    private boolean failed;
    private boolean callsOnField;
    private boolean subroutines;
    private boolean thisOverwritten;
    private boolean previousLoadsThis;
    private boolean fieldJustRead;
    private int making;

    /**
     * @param receiverIsThis whether the field is an instance field and this an instance method of its class
     * @param initializer    whether this method may set the field (its class's constructor, or static initializer)
     * @param verdict        told at the end whether the method uses the field as a mutex
     */
    PairedPermits(SemaphoreMutexProof proof, boolean receiverIsThis, boolean initializer, Consumer<Boolean> verdict) {
        super(ClassReaders.ASM_API);
        this.proof = proof;
        this.receiverIsThis = receiverIsThis;
        this.initializer = initializer;
        this.verdict = verdict;
    }

    private void add(byte effect, boolean mayThrow, boolean fallsThrough, boolean returns, Label... targets) {
        if (fieldJustRead && effect == NONE) {
            failed = true; // the field's semaphore goes somewhere else than a permit call
        }
        fieldJustRead = false;
        previousLoadsThis = false;
        making = 0;
        code.add(new Instruction(effect, mayThrow, fallsThrough, returns, targets));
    }

    private void add(boolean mayThrow) {
        add(NONE, mayThrow, true, false);
    }

    @Override
    public void visitInsn(int opcode) {
        int stage = making;
        boolean mayThrow = opcode >= Opcodes.IALOAD && opcode <= Opcodes.SALOAD || opcode >= Opcodes.IASTORE && opcode <= Opcodes.SASTORE
                || opcode == Opcodes.IDIV || opcode == Opcodes.LDIV || opcode == Opcodes.IREM || opcode == Opcodes.LREM
                || opcode == Opcodes.ARRAYLENGTH || opcode == Opcodes.ATHROW || opcode == Opcodes.MONITORENTER || opcode == Opcodes.MONITOREXIT;
        boolean returns = opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN;
        add(NONE, mayThrow, !returns && opcode != Opcodes.ATHROW, returns);
        if (opcode == Opcodes.DUP && stage == 1 || opcode == Opcodes.ICONST_1 && stage == 2
                || (opcode == Opcodes.ICONST_0 || opcode == Opcodes.ICONST_1) && stage == 3) {
            making = stage + 1;
        }
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        add(opcode == Opcodes.NEWARRAY);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        subroutines |= opcode == Opcodes.RET;
        thisOverwritten |= opcode == Opcodes.ASTORE && varIndex == 0;
        add(false);
        previousLoadsThis = opcode == Opcodes.ALOAD && varIndex == 0;
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        add(true);
        if (opcode == Opcodes.NEW && type.equals(SemaphoreMutexProof.SEMAPHORE)) {
            making = 1;
        }
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        if (!proof.names(owner, name, descriptor)) {
            add(true);
            return;
        }
        boolean read = opcode == Opcodes.GETFIELD || opcode == Opcodes.GETSTATIC;
        if (read) {
            failed |= proof.isStatic() ? opcode != Opcodes.GETSTATIC : !(receiverIsThis && previousLoadsThis);
        } else {
            failed |= !initializer || making != MADE || (opcode == Opcodes.PUTSTATIC) != proof.isStatic();
        }
        add(!read); // this's field, or a static one of a class already initialized: the read cannot fail
        fieldJustRead = read;
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (fieldJustRead) {
            String call = name + descriptor;
            failed |= opcode != Opcodes.INVOKEVIRTUAL || !SemaphoreMutexProof.allowedCall(owner, call);
            byte effect = call.startsWith("acquire") ? ACQUIRE : call.equals("release()V") ? RELEASE : NONE;
            callsOnField |= effect != NONE;
            fieldJustRead = false;
            add(effect, effect != RELEASE, true, false); // a release cannot fail: no exception path to follow
            return;
        }
        int stage = making;
        add(true);
        if (opcode == Opcodes.INVOKESPECIAL && owner.equals(SemaphoreMutexProof.SEMAPHORE) && name.equals("<init>")
                && (stage == 3 && descriptor.equals("(I)V") || stage == 4 && descriptor.equals("(IZ)V"))) {
            making = MADE;
        }
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        failed |= proof.mentions(bootstrap);
        for (Object argument : arguments) {
            failed |= proof.mentions(argument);
        }
        add(true);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        subroutines |= opcode == Opcodes.JSR;
        add(NONE, false, opcode != Opcodes.GOTO, false, label);
    }

    @Override
    public void visitLabel(Label label) {
        failed |= fieldJustRead; // a jump could bring another receiver to the call
        previousLoadsThis = false;
        making = 0;
        positions.put(label, code.size());
    }

    @Override
    public void visitLdcInsn(Object value) {
        failed |= proof.mentions(value);
        add(true);
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
        add(false);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        add(NONE, false, false, false, withDefault(dflt, labels));
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        add(NONE, false, false, false, withDefault(dflt, labels));
    }

    private static Label[] withDefault(Label dflt, Label[] labels) {
        Label[] targets = java.util.Arrays.copyOf(labels, labels.length + 1);
        targets[labels.length] = dflt;
        return targets;
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        add(true);
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
        handlers.add(new Handler(start, end, handler, type == null));
    }

    @Override
    public void visitEnd() {
        boolean mutex = !failed && !fieldJustRead
                && (!callsOnField || !subroutines && !(receiverIsThis && thisOverwritten) && everyPathPairs());
        verdict.accept(mutex);
    }

    /** Follows every path from the method's start, with whether it holds the permit at each instruction. */
    private boolean everyPathPairs() {
        byte[] states = new byte[code.size() + 1];
        ArrayDeque<Integer> pending = new ArrayDeque<>();
        states[0] = FREE;
        pending.push(0);
        while (!pending.isEmpty()) {
            int at = pending.pop();
            byte before = states[at];
            Instruction instruction = code.get(at);
            byte after = before;
            if (instruction.effect() == ACQUIRE) {
                if (before == HELD) {
                    return false;
                }
                after = HELD;
            } else if (instruction.effect() == RELEASE) {
                if (before == FREE) {
                    return false;
                }
                after = FREE;
            }
            if (instruction.mayThrow()) {
                boolean caught = false;
                for (Handler handler : handlers) {
                    if (positions.get(handler.start()) <= at && at < positions.get(handler.end())) {
                        caught |= handler.catchesAll();
                        if (!flow(states, pending, positions.get(handler.handler()), before)) {
                            return false;
                        }
                    }
                }
                if (before == HELD && !caught) {
                    return false; // an exception here leaves the method holding the permit
                }
            }
            if (instruction.returns() && after == HELD
                    || instruction.fallsThrough() && !flow(states, pending, at + 1, after)) {
                return false;
            }
            for (Label target : instruction.targets()) {
                if (!flow(states, pending, positions.get(target), after)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Brings {@code state} to instruction {@code to}; false when another path brings the other state there. */
    private boolean flow(byte[] states, ArrayDeque<Integer> pending, int to, byte state) {
        if (to >= code.size()) {
            return false;
        }
        if (states[to] == UNSEEN) {
            states[to] = state;
            pending.push(to);
            return true;
        }
        return states[to] == state;
    }
}
