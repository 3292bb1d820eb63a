package dev.weft.agent.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Where the receiver of each call that checks a collection's contents comes from, method by method, found
 * with ASM's {@link SourceInterpreter} in the class as it was loaded, before any rewrite: the field it was
 * read from ({@code getfield}/{@code getstatic}, possibly through local variables and casts), which names
 * the collection in a report; and whether it is a new object no other thread can see yet, so that the
 * call is not checked: one straight from {@code new} on the operand stack (or from a {@code StringBuilder}
 * call chained on one, {@code new StringBuilder().append(a).append(b)}), or one in a local variable that
 * only ever holds such objects and is used for nothing but such calls (a list a method fills and reads
 * and never hands on).
 *
 * <p>Only methods with such calls are parsed and analysed (calls on iterators and entries do not count: they get
 * no answers), found by walking the bytecode first, and only up to a size ({@link #ANALYSED_SLOTS}). A method
 * the analysis skips or fails on gets no answers: its calls are checked, and reports name the collection's
 * class.
 */
final class CollectionReceivers {

    /**
     * What is known of the receiver of one call.
     *
     * @param owner  the call's static type, as the instruction names it
     * @param name   the called method's name
     * @param heldIn the field the receiver was read from ({@code example.Registry.items}), or {@code null}
     * @param fresh  whether the receiver is a new object no other thread can see
     * @param argumentIn the field the call's first argument was read from, when it is a collection whose
     *                   contents the call reads ({@code list.addAll(other)}); else {@code null}
     */
    record Receiver(String owner, String name, String heldIn, boolean fresh, String argumentIn) { }

    /** The answers for one method's calls, in the order of its instructions. */
    static final class Calls {
        private final List<Receiver> receivers;
        private int next;

        Calls(List<Receiver> receivers) {
            this.receivers = receivers;
        }

        /** The receiver of the next such call, when it is this one ({@code owner.name}); else {@code null}. */
        Receiver next(String owner, String name) {
            if (next < receivers.size()) {
                Receiver r = receivers.get(next);
                if (r.owner().equals(owner) && r.name().equals(name)) {
                    next++;
                    return r;
                }
            }
            return null;
        }
    }

    private static final String STRING_BUILDER = "java/lang/StringBuilder";
    private static final Calls NONE = new Calls(List.of());
    /**
     * The largest method analysed, in frame slots (instructions times locals and stack): the analysis keeps a
     * frame per instruction, and the few methods beyond this (a parser's) took a third of its allocation on
     * H2. Their calls get no answers: they are checked, and named by the collection's class.
     */
    private static final int ANALYSED_SLOTS = 20_000;
    /** How many instructions a look through locals, casts and copies follows at most. */
    private static final int DEPTH = 12;

    private final Map<String, Calls> byMethod;
    private final Map<String, java.util.BitSet> handedOnIterators;

    private CollectionReceivers(Map<String, Calls> byMethod, Map<String, java.util.BitSet> handedOnIterators) {
        this.byMethod = byMethod;
        this.handedOnIterators = handedOnIterators;
    }

    /**
     * Analyses a class file.
     *
     * @param scanned   the class file, as the transformer read it
     * @param classFile the class as it was loaded
     * @param handOffs  decides which calls check a collection's contents
     * @return the receivers of those calls, by method
     */
    static CollectionReceivers of(net.bytebuddy.jar.asm.ClassReader scanned, byte[] classFile, HandOffSites handOffs) {
        Map<String, Calls> byMethod = new HashMap<>();
        Map<String, java.util.BitSet> handedOnIterators = HandedOnIterators.of(scanned);
        Set<String> calling = methodsCheckingContents(scanned, handOffs);
        if (calling.isEmpty()) {
            return new CollectionReceivers(byMethod, handedOnIterators);
        }
        ClassReader reader;
        try {
            reader = new ClassReader(classFile);
        } catch (RuntimeException unsupported) { // a class file newer than this ASM knows
            return new CollectionReceivers(byMethod, handedOnIterators);
        }
        String owner = reader.getClassName();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if (!calling.contains(name + descriptor)) {
                    return null; // its code is not parsed
                }
                return new MethodNode(Opcodes.ASM9, access, name, descriptor, signature, exceptions) {
                    @Override
                    public void visitEnd() {
                        List<Receiver> receivers = analyse(owner, this, handOffs);
                        if (!receivers.isEmpty()) {
                            byMethod.put(name + descriptor, new Calls(receivers));
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new CollectionReceivers(byMethod, handedOnIterators);
    }

    /**
     * The methods (name and descriptor) whose code holds a call that checks a collection's contents, found by walking
     * their bytecode ({@link MethodCode}), each method reference asked about once per kind of call that names it:
     * only these methods are parsed into trees, and most classes have none. A method with an instruction the walk
     * does not know is among them.
     */
    static Set<String> methodsCheckingContents(net.bytebuddy.jar.asm.ClassReader reader, HandOffSites handOffs) {
        char[] buffer = new char[reader.getMaxStringLength()];
        // by constant pool index, two bits for each invoke opcode: the entry was asked about, its calls check contents
        byte[] answers = new byte[reader.getItemCount()];
        Set<String> methods = new HashSet<>();
        MethodCode.forEach(reader, buffer, (header, access, start, length) -> {
            if (start >= 0 && codeChecksContents(reader, buffer, answers, start, length, handOffs)) {
                methods.add(reader.readUTF8(header + 2, buffer) + reader.readUTF8(header + 4, buffer));
            }
        });
        return methods;
    }

    /** Whether the code from {@code start} holds a call that checks contents, or an opcode the walk does not know. */
    private static boolean codeChecksContents(net.bytebuddy.jar.asm.ClassReader reader, char[] buffer, byte[] answers,
                                              int start, int length, HandOffSites handOffs) {
        int end = start + length;
        for (int offset = start; offset < end; offset = MethodCode.next(reader, start, offset)) {
            if (offset < 0) {
                return true;
            }
            int opcode = reader.readByte(offset);
            if (opcode >= Opcodes.INVOKEVIRTUAL && opcode <= Opcodes.INVOKEINTERFACE
                    && checksContents(reader, buffer, answers, opcode, reader.readUnsignedShort(offset + 1), handOffs)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a call by {@code opcode} of the method reference at constant pool index {@code item} checks contents. */
    private static boolean checksContents(net.bytebuddy.jar.asm.ClassReader reader, char[] buffer, byte[] answers, int opcode,
                                          int item, HandOffSites handOffs) {
        int shift = 2 * (opcode - Opcodes.INVOKEVIRTUAL);
        if ((answers[item] >> shift & 1) == 0) {
            int offset = reader.getItem(item);
            String owner = reader.readClass(offset, buffer);
            int nameAndType = reader.getItem(reader.readUnsignedShort(offset + 2));
            boolean checks = !ContentsCalls.onIteration(owner) && handOffs.of(opcode, owner, reader.readUTF8(nameAndType, buffer),
                    reader.readUTF8(nameAndType + 2, buffer)).checksContents();
            answers[item] |= (byte) ((checks ? 3 : 1) << shift);
        }
        return (answers[item] >> shift & 2) != 0;
    }

    /** The local slots of this method that hold an iterator another thread may step too ({@link HandedOnIterators}), or null. */
    java.util.BitSet handedOnIterators(String name, String descriptor) {
        return handedOnIterators.get(name + descriptor);
    }

    /** A fresh cursor over the answers for this method's calls. */
    Calls of(String name, String descriptor) {
        Calls calls = byMethod.get(name + descriptor);
        return calls == null ? NONE : new Calls(calls.receivers);
    }

    private static List<Receiver> analyse(String owner, MethodNode method, HandOffSites handOffs) {
        List<MethodInsnNode> calls = new ArrayList<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode call && !ContentsCalls.onIteration(call.owner)
                    && handOffs.of(call.getOpcode(), call.owner, call.name, call.desc).checksContents()) {
                calls.add(call);
            }
        }
        if (calls.isEmpty() || (long) method.instructions.size() * (method.maxLocals + method.maxStack) > ANALYSED_SLOTS) {
            return List.of();
        }
        Frame<SourceValue>[] frames;
        try {
            frames = new Analyzer<>(new ReferenceSources()).analyze(owner, method);
        } catch (AnalyzerException | RuntimeException e) {
            return List.of();
        }
        Sources sources = new Sources(method, frames);
        Set<Integer> confined = confinedLocals(method, frames, calls);
        List<Receiver> receivers = new ArrayList<>(calls.size());
        for (MethodInsnNode call : calls) {
            SourceValue receiver = receiverOf(call, frames[method.instructions.indexOf(call)]);
            if (receiver == null) { // unreachable code
                receivers.add(new Receiver(call.owner, call.name, null, false, null));
                continue;
            }
            boolean fresh = sources.fresh(receiver, DEPTH) || !receiver.insns.isEmpty() && receiver.insns.stream()
                    .allMatch(insn -> insn.getOpcode() == Opcodes.ALOAD && confined.contains(((VarInsnNode) insn).var));
            String argumentIn = null;
            if (handOffs.of(call.getOpcode(), call.owner, call.name, call.desc).checksArgument()) {
                Frame<SourceValue> frame = frames[method.instructions.indexOf(call)];
                Type[] parameters = Type.getArgumentTypes(call.desc);
                // a static call's argument is its second; a formatting call's its last (varargs), as a logger's parameters
                int index = call.owner.equals("java/util/logging/Logger")
                        || parameters[parameters.length - 1].getDescriptor().equals("[Ljava/lang/Object;") ? parameters.length - 1
                        : call.getOpcode() == Opcodes.INVOKESTATIC ? 1 : 0;
                SourceValue argument = frame.getStack(frame.getStackSize() - parameters.length + index);
                argumentIn = sources.field(argument, DEPTH, new HashSet<>());
            }
            receivers.add(new Receiver(call.owner, call.name, sources.field(receiver, DEPTH, new HashSet<>()), fresh, argumentIn));
        }
        return receivers;
    }

    /**
     * The receiver of {@code call} in the frame before it (of a static call, its first argument), or
     * {@code null} when the call is unreachable.
     */
    private static SourceValue receiverOf(MethodInsnNode call, Frame<SourceValue> frame) {
        int below = Type.getArgumentTypes(call.desc).length - (call.getOpcode() == Opcodes.INVOKESTATIC ? 1 : 0);
        return frame == null ? null : frame.getStack(frame.getStackSize() - 1 - below);
    }

    /**
     * The local variables that only ever hold a new object no other thread can see: each store into one puts
     * an object straight from {@code new}, and each load from it is the receiver of one of {@code calls}
     * (which keep their receiver to themselves, but for a {@code StringBuilder} call whose result, the
     * builder itself, is not dropped at once). Any other use (an argument, a field, a lambda's capture, a
     * return, a copy on the stack) lets the object out, and the variable is not confined.
     */
    private static Set<Integer> confinedLocals(MethodNode method, Frame<SourceValue>[] frames, List<MethodInsnNode> calls) {
        Set<AbstractInsnNode> receiverLoads = new HashSet<>();
        for (MethodInsnNode call : calls) {
            SourceValue receiver = receiverOf(call, frames[method.instructions.indexOf(call)]);
            boolean handsOn = call.desc.endsWith(")L" + STRING_BUILDER + ";") && !droppedAfter(call);
            if (receiver != null && !handsOn) {
                receiverLoads.addAll(receiver.insns);
            }
        }
        Map<Integer, Boolean> confined = new HashMap<>();
        for (AbstractInsnNode insn : method.instructions) {
            Frame<SourceValue> frame = frames[method.instructions.indexOf(insn)];
            int opcode = insn.getOpcode();
            if (opcode == Opcodes.ALOAD) {
                int var = ((VarInsnNode) insn).var;
                SourceValue stored = frame == null ? null : frame.getLocal(var);
                boolean ok = receiverLoads.contains(insn) && stored != null && !stored.insns.isEmpty()
                        && stored.insns.stream().allMatch(store -> store.getOpcode() == Opcodes.ASTORE);
                confined.merge(var, ok, Boolean::logicalAnd);
            } else if (opcode == Opcodes.ASTORE) {
                SourceValue value = frame == null ? null : frame.getStack(frame.getStackSize() - 1);
                boolean ok = value != null && !value.insns.isEmpty()
                        && value.insns.stream().allMatch(source -> isNew(source, method, frames));
                confined.merge(((VarInsnNode) insn).var, ok, Boolean::logicalAnd);
            } else if (opcode >= Opcodes.DUP && opcode <= Opcodes.SWAP && frame != null) {
                for (int i = Math.max(0, frame.getStackSize() - 4); i < frame.getStackSize(); i++) {
                    for (AbstractInsnNode source : frame.getStack(i).insns) {
                        if (source.getOpcode() == Opcodes.ALOAD) {
                            confined.put(((VarInsnNode) source).var, false); // a copy may go anywhere
                        }
                    }
                }
            }
        }
        Set<Integer> result = new HashSet<>();
        confined.forEach((var, ok) -> {
            if (ok) {
                result.add(var);
            }
        });
        return result;
    }

    /**
     * Whether {@code insn} makes a new object: a {@code new}, or the {@code dup} right after one (of the two
     * copies {@code new; dup; invokespecial <init>} makes, the one left after the constructor).
     */
    private static boolean isNew(AbstractInsnNode insn, MethodNode method, Frame<SourceValue>[] frames) {
        if (insn.getOpcode() == Opcodes.NEW) {
            return true;
        }
        Frame<SourceValue> frame = insn.getOpcode() == Opcodes.DUP ? frames[method.instructions.indexOf(insn)] : null;
        if (frame == null) {
            return false;
        }
        SourceValue copied = frame.getStack(frame.getStackSize() - 1);
        return !copied.insns.isEmpty() && copied.insns.stream().allMatch(source -> source.getOpcode() == Opcodes.NEW);
    }

    /** Whether the value {@code call} returns is dropped by the next instruction ({@code pop}). */
    private static boolean droppedAfter(AbstractInsnNode call) {
        AbstractInsnNode next = call.getNext();
        while (next != null && next.getOpcode() < 0) { // labels, line numbers, frames
            next = next.getNext();
        }
        return next != null && next.getOpcode() == Opcodes.POP;
    }

    /**
     * {@link SourceInterpreter} for the values this analysis follows only: a reference from {@code new},
     * a field, a local variable, a cast, a copy on the stack, or a {@code StringBuilder} call that returns
     * its receiver. Every other value is one shared value with no source, which saves most of the
     * analysis's allocation.
     */
    private static final class ReferenceSources extends SourceInterpreter {
        private static final SourceValue NONE_1 = new SourceValue(1);
        private static final SourceValue NONE_2 = new SourceValue(2);

        ReferenceSources() {
            super(Opcodes.ASM9);
        }

        private static SourceValue none(int size) {
            return size == 2 ? NONE_2 : NONE_1;
        }

        @Override
        public SourceValue newOperation(AbstractInsnNode insn) {
            int opcode = insn.getOpcode();
            if (opcode == Opcodes.NEW || opcode == Opcodes.GETSTATIC) {
                return super.newOperation(insn);
            }
            boolean wide = opcode == Opcodes.LCONST_0 || opcode == Opcodes.LCONST_1 || opcode == Opcodes.DCONST_0
                    || opcode == Opcodes.DCONST_1 || opcode == Opcodes.LDC
                    && (((LdcInsnNode) insn).cst instanceof Long || ((LdcInsnNode) insn).cst instanceof Double);
            return wide ? NONE_2 : NONE_1;
        }

        @Override
        public SourceValue copyOperation(AbstractInsnNode insn, SourceValue value) {
            int opcode = insn.getOpcode();
            boolean reference = opcode == Opcodes.ALOAD || opcode == Opcodes.ASTORE || opcode >= Opcodes.DUP && opcode <= Opcodes.SWAP;
            return reference ? super.copyOperation(insn, value) : none(value.size);
        }

        @Override
        public SourceValue unaryOperation(AbstractInsnNode insn, SourceValue value) {
            switch (insn.getOpcode()) {
                case Opcodes.CHECKCAST, Opcodes.GETFIELD:
                    return super.unaryOperation(insn, value);
                case Opcodes.LNEG, Opcodes.DNEG, Opcodes.I2L, Opcodes.I2D, Opcodes.L2D, Opcodes.F2L, Opcodes.F2D, Opcodes.D2L:
                    return NONE_2;
                default:
                    return NONE_1;
            }
        }

        @Override
        public SourceValue binaryOperation(AbstractInsnNode insn, SourceValue value1, SourceValue value2) {
            switch (insn.getOpcode()) {
                case Opcodes.LALOAD, Opcodes.DALOAD, Opcodes.LADD, Opcodes.DADD, Opcodes.LSUB, Opcodes.DSUB, Opcodes.LMUL,
                        Opcodes.DMUL, Opcodes.LDIV, Opcodes.DDIV, Opcodes.LREM, Opcodes.DREM, Opcodes.LSHL, Opcodes.LSHR,
                        Opcodes.LUSHR, Opcodes.LAND, Opcodes.LOR, Opcodes.LXOR:
                    return NONE_2;
                default:
                    return NONE_1;
            }
        }

        @Override
        public SourceValue ternaryOperation(AbstractInsnNode insn, SourceValue value1, SourceValue value2, SourceValue value3) {
            return NONE_1;
        }

        @Override
        public SourceValue naryOperation(AbstractInsnNode insn, List<? extends SourceValue> values) {
            boolean chained = insn instanceof MethodInsnNode call && call.owner.equals(STRING_BUILDER)
                    && call.desc.endsWith(")L" + STRING_BUILDER + ";");
            if (chained) {
                return super.naryOperation(insn, values);
            }
            String descriptor = insn instanceof MethodInsnNode call ? call.desc
                    : insn instanceof InvokeDynamicInsnNode indy ? indy.desc : "()V";
            return none(Type.getReturnType(descriptor).getSize());
        }
    }

    /** Follows values back to the instructions that made them. */
    private record Sources(MethodNode method, Frame<SourceValue>[] frames) {

        /** The field the value was read from, through locals, casts, copies and chained calls; else {@code null}. */
        String field(SourceValue value, int depth, Set<AbstractInsnNode> seen) {
            if (value.insns.isEmpty() || depth == 0) {
                return null;
            }
            String found = null;
            for (AbstractInsnNode insn : value.insns) {
                if (!seen.add(insn)) {
                    continue;
                }
                String field = fieldOf(insn, depth, seen);
                if (field == null || found != null && !found.equals(field)) {
                    return null; // not from a field on every path, or from two fields
                }
                found = field;
            }
            return found;
        }

        private String fieldOf(AbstractInsnNode insn, int depth, Set<AbstractInsnNode> seen) {
            switch (insn.getOpcode()) {
                case Opcodes.GETFIELD, Opcodes.GETSTATIC -> {
                    FieldInsnNode get = (FieldInsnNode) insn;
                    return get.owner.replace('/', '.') + "." + get.name;
                }
                case Opcodes.ALOAD -> {
                    Frame<SourceValue> frame = frameAt(insn);
                    return frame == null ? null : field(frame.getLocal(((VarInsnNode) insn).var), depth - 1, seen);
                }
                case Opcodes.ASTORE, Opcodes.CHECKCAST, Opcodes.DUP -> {
                    SourceValue top = top(insn, 0);
                    return top == null ? null : field(top, depth - 1, seen);
                }
                default -> {
                    SourceValue chained = chainedReceiver(insn);
                    return chained == null ? null : field(chained, depth - 1, seen);
                }
            }
        }

        /**
         * Whether the value is a new object straight from {@code new} on the operand stack (not through a local
         * variable, which another thread's task may have captured), or from a call chained on one.
         */
        boolean fresh(SourceValue value, int depth) {
            if (value.insns.isEmpty() || depth == 0) {
                return false;
            }
            for (AbstractInsnNode insn : value.insns) {
                boolean fresh = switch (insn.getOpcode()) {
                    case Opcodes.NEW -> true;
                    case Opcodes.DUP, Opcodes.CHECKCAST -> {
                        SourceValue top = top(insn, 0);
                        yield top != null && fresh(top, depth - 1);
                    }
                    default -> {
                        SourceValue chained = chainedReceiver(insn);
                        yield chained != null && fresh(chained, depth - 1);
                    }
                };
                if (!fresh) {
                    return false;
                }
            }
            return true;
        }

        /**
         * For a call on a {@code StringBuilder} that returns one ({@code append}, {@code insert}...), the receiver
         * it was called on: the value it returns is that receiver. Else {@code null}.
         */
        private SourceValue chainedReceiver(AbstractInsnNode insn) {
            if (!(insn instanceof MethodInsnNode call) || call.getOpcode() != Opcodes.INVOKEVIRTUAL
                    || !call.owner.equals(STRING_BUILDER) || !call.desc.endsWith(")L" + STRING_BUILDER + ";")) {
                return null;
            }
            return top(insn, Type.getArgumentTypes(call.desc).length);
        }

        /** The value {@code below} places under the top of the stack just before {@code insn}, or {@code null}. */
        private SourceValue top(AbstractInsnNode insn, int below) {
            Frame<SourceValue> frame = frameAt(insn);
            int index = frame == null ? -1 : frame.getStackSize() - 1 - below;
            return index < 0 ? null : frame.getStack(index);
        }

        private Frame<SourceValue> frameAt(AbstractInsnNode insn) {
            return frames[method.instructions.indexOf(insn)];
        }
    }
}
