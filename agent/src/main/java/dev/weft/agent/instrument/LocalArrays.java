package dev.weft.agent.instrument;

import java.util.BitSet;
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
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;
import org.objectweb.asm.tree.analysis.Value;

/**
 * The element loads and stores of each method that can only reach an array the method made itself and never let
 * out: no other thread can ever see such an array, so its accesses need no hook and it needs no shadow. Found by an
 * escape analysis of the method's bytecode, exact and conservative: a data flow over the operand stack and the
 * locals follows each allocation ({@code newarray}, {@code anewarray}, {@code multianewarray}, and the new array a
 * JDK copy returns: {@link #copyMade}) through copies, locals and casts; the array escapes at any other use: stored
 * into a field, a static or another array, returned, thrown, locked, passed to a method or a constructor, captured
 * by a lambda ({@code invokedynamic}). Its element loads and stores, its {@code length}, {@code instanceof} and comparisons keep it in. Two calls keep it in too: one
 * of a JDK method that only reads or fills the array during the call and keeps no reference to it
 * ({@link #ONLY_DURING_THE_CALL}), and one of a static method whose own code keeps that argument in
 * ({@link Callees}, {@link StaticCallees}). An access is left unhooked only when every value its array operand may hold on
 * every path is such an allocation (not a parameter, a field, an element, a call's result, {@code null}).
 *
 * <p>Only methods that both make an array and access one are parsed and analysed, found by walking the bytecode
 * ({@link MethodCode}), and only up to a size ({@link #ANALYSED_SLOTS}); a method the analysis skips or fails on
 * keeps every hook. The inner arrays of a {@code multianewarray} are elements, whose accesses keep their hooks.
 */
final class LocalArrays {

    /** Which of a method's element loads and stores (counted in the order of its code, from 0) need no hook. */
    static final class Accesses {
        static final Accesses NONE = new Accesses(new BitSet());
        private final BitSet unhooked;
        private int next;

        private Accesses(BitSet unhooked) {
            this.unhooked = unhooked;
        }

        /** Whether the method's next element load or store needs no hook; call once for each, in order. */
        boolean nextIsLocal() {
            return unhooked.get(next++);
        }
    }

    /**
     * The JDK methods (owner, name and descriptor up to its parameters' end) that read or fill an array they are
     * given only while they run and keep no reference to it, none of them handing it to another thread: the copy,
     * fill, sort (not the parallel ones), compare and search of {@code System} and {@code Arrays} (whose copies
     * are new arrays), and the {@code String} constructors and builders' {@code append} and {@code insert} that
     * copy characters or bytes. A comparator or an element's {@code toString} they call is given elements, never
     * the array.
     */
    static final Set<String> ONLY_DURING_THE_CALL = Set.of(
            "java/lang/System.arraycopy",
            "java/util/Arrays.fill", "java/util/Arrays.sort", "java/util/Arrays.equals", "java/util/Arrays.hashCode",
            "java/util/Arrays.toString", "java/util/Arrays.copyOf", "java/util/Arrays.copyOfRange",
            "java/util/Arrays.binarySearch", "java/util/Arrays.mismatch", "java/util/Arrays.compare",
            "java/lang/String.<init>", "java/lang/String.valueOf", "java/lang/String.copyValueOf",
            "java/lang/StringBuilder.append", "java/lang/StringBuilder.insert",
            "java/lang/StringBuffer.append", "java/lang/StringBuffer.insert");

    /** The largest method analysed, in frame slots (instructions times locals and stack), as {@link CollectionReceivers}. */
    private static final int ANALYSED_SLOTS = 20_000;
    private static final int NEWARRAY = 0xbc;
    private static final int ANEWARRAY = 0xbd;
    private static final int MULTIANEWARRAY = 0xc5;
    private static final int INVOKEVIRTUAL = 0xb6;
    private static final int INVOKEINTERFACE = 0xb9;
    /** The names of the calls {@link #copyMade} knows: a method calling one may make an array without {@code newarray}. */
    private static final Set<String> COPYING_METHODS = Set.of("copyOf", "copyOfRange", "clone", "toCharArray", "getBytes", "toArray");
    /** How many of a static method's parameters its summary follows; the bits above are its allocations'. */
    private static final int PARAMETERS = 8;

    private final Map<String, BitSet> byMethod;

    private LocalArrays(Map<String, BitSet> byMethod) {
        this.byMethod = byMethod;
    }

    /**
     * Analyses a class file.
     *
     * @param scanned   the class file, as the transformer read it
     * @param classFile the class as it was loaded
     * @param callees   which arguments the static methods it calls keep to the call
     */
    static LocalArrays of(net.bytebuddy.jar.asm.ClassReader scanned, byte[] classFile, Callees callees) {
        Set<String> making = methodsMakingAndAccessingArrays(scanned);
        Map<String, BitSet> byMethod = new HashMap<>();
        if (making.isEmpty()) {
            return new LocalArrays(byMethod);
        }
        ClassReader reader;
        try {
            reader = new ClassReader(classFile);
        } catch (RuntimeException unsupported) { // a class file newer than this ASM knows
            return new LocalArrays(byMethod);
        }
        String owner = reader.getClassName();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if (!making.contains(name + descriptor)) {
                    return null;
                }
                return new MethodNode(Opcodes.ASM9, access, name, descriptor, signature, exceptions) {
                    @Override
                    public void visitEnd() {
                        BitSet unhooked = analyse(owner, this, callees);
                        if (!unhooked.isEmpty()) {
                            byMethod.put(name + descriptor, unhooked);
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new LocalArrays(byMethod);
    }

    /** A fresh cursor over the answers for this method's element loads and stores. */
    Accesses of(String name, String descriptor) {
        BitSet unhooked = byMethod.get(name + descriptor);
        return unhooked == null ? Accesses.NONE : new Accesses(unhooked);
    }

    /** The methods (name and descriptor) whose code makes an array and loads or stores an element, or holds an opcode the walk does not know. */
    static Set<String> methodsMakingAndAccessingArrays(net.bytebuddy.jar.asm.ClassReader reader) {
        char[] buffer = new char[reader.getMaxStringLength()];
        Set<String> methods = new HashSet<>();
        MethodCode.forEach(reader, buffer, (header, access, start, length) -> {
            if (start >= 0 && makesAndAccesses(reader, buffer, start, length)) {
                methods.add(reader.readUTF8(header + 2, buffer) + reader.readUTF8(header + 4, buffer));
            }
        });
        return methods;
    }

    private static boolean makesAndAccesses(net.bytebuddy.jar.asm.ClassReader reader, char[] buffer, int start, int length) {
        boolean makes = false;
        boolean accesses = false;
        int end = start + length;
        for (int offset = start; offset < end; offset = MethodCode.next(reader, start, offset)) {
            if (offset < 0) {
                return true;
            }
            int opcode = reader.readByte(offset);
            makes |= opcode == NEWARRAY || opcode == ANEWARRAY || opcode == MULTIANEWARRAY
                    || !makes && opcode >= INVOKEVIRTUAL && opcode <= INVOKEINTERFACE && callsACopy(reader, buffer, offset);
            accesses |= isElementAccess(opcode);
        }
        return makes && accesses;
    }

    /** Whether the call at {@code offset} is one {@link #copyMade} may take for a new array, by its name. */
    private static boolean callsACopy(net.bytebuddy.jar.asm.ClassReader reader, char[] buffer, int offset) {
        int method = reader.getItem(reader.readUnsignedShort(offset + 1));
        String name = reader.readUTF8(reader.getItem(reader.readUnsignedShort(method + 2)), buffer);
        return COPYING_METHODS.contains(name);
    }

    private static boolean isElementAccess(int opcode) {
        return opcode >= Opcodes.IALOAD && opcode <= Opcodes.SALOAD || opcode >= Opcodes.IASTORE && opcode <= Opcodes.SASTORE;
    }

    /** The element loads and stores of {@code method} (by their order in its code) whose array is one it made and keeps in. */
    static BitSet analyse(String owner, MethodNode method, Callees callees) {
        BitSet unhooked = new BitSet();
        InsnList code = method.instructions;
        if ((long) code.size() * (method.maxLocals + method.maxStack) > ANALYSED_SLOTS) {
            return unhooked;
        }
        Allocations allocations = new Allocations(code, null, callees);
        Frame<Held>[] frames;
        try {
            frames = new Analyzer<>(allocations).analyze(owner, method);
        } catch (AnalyzerException | RuntimeException e) {
            return unhooked;
        }
        int access = 0;
        for (int i = 0; i < code.size(); i++) {
            int opcode = code.get(i).getOpcode();
            if (!isElementAccess(opcode)) {
                continue;
            }
            Frame<Held> frame = frames[i];
            if (frame != null) {
                int below = opcode >= Opcodes.IASTORE ? 3 : 2; // the array under the index (and the value)
                Held array = frame.getStack(frame.getStackSize() - below);
                if (!array.other && array.sites != 0 && (array.sites & allocations.escaped) == 0) {
                    unhooked.set(access);
                }
            }
            access++;
        }
        return unhooked;
    }

    /**
     * The arguments (bit {@code n} for the {@code n}-th, of the first {@value #PARAMETERS}) that a static method keeps to
     * the call: it neither lets them out nor returns them, by the same analysis; 0 for a method that is not static, has
     * no code, or is too large.
     */
    static long stayingArguments(String owner, MethodNode method, Callees callees) {
        InsnList code = method.instructions;
        if ((method.access & Opcodes.ACC_STATIC) == 0 || code.size() == 0
                || (long) code.size() * (method.maxLocals + method.maxStack) > ANALYSED_SLOTS) {
            return 0;
        }
        Type[] parameters = Type.getArgumentTypes(method.desc);
        Allocations allocations = new Allocations(code, parameters, callees);
        try {
            new Analyzer<>(allocations).analyze(owner, method);
        } catch (AnalyzerException | RuntimeException e) {
            return 0;
        }
        long arrays = 0;
        for (int i = 0; i < Math.min(parameters.length, PARAMETERS); i++) {
            arrays |= parameters[i].getSort() == Type.ARRAY ? 1L << i : 0;
        }
        return arrays & ~allocations.escaped;
    }

    /** What a call returns that the analysis follows: nothing, a new array, or its last argument or a new array. */
    enum Copy { NONE, NEW, INTO_ITS_ARGUMENT }

    /**
     * Whether {@code call} returns an array no one else holds: the copies {@code Arrays.copyOf} and {@code copyOfRange}
     * make, an array's {@code clone()}, {@code String.toCharArray()} and {@code getBytes}, and the array of a JDK
     * collection's {@code toArray()}, which {@code Collection}'s contract requires to be new and kept by no one
     * ("this method must allocate a new array even if this collection is backed by an array"); {@code toArray(a)}
     * returns {@code a} when the contents fit, else a new array. {@code toArray(generator)} does not count: the
     * generator may return any array.
     */
    static Copy copyMade(MethodInsnNode call) {
        boolean returnsAnArray = call.desc.charAt(call.desc.indexOf(')') + 1) == '[';
        return switch (call.name) {
            case "copyOf", "copyOfRange" -> call.owner.equals("java/util/Arrays") && returnsAnArray ? Copy.NEW : Copy.NONE;
            case "clone" -> call.owner.startsWith("[") ? Copy.NEW : Copy.NONE; // typed Object
            case "toCharArray", "getBytes" -> call.owner.equals("java/lang/String") && returnsAnArray ? Copy.NEW : Copy.NONE;
            case "toArray" -> !isCollectionType(call.owner) ? Copy.NONE
                    : call.desc.equals("()[Ljava/lang/Object;") ? Copy.NEW
                    : call.desc.equals("([Ljava/lang/Object;)[Ljava/lang/Object;") ? Copy.INTO_ITS_ARGUMENT : Copy.NONE;
            default -> Copy.NONE;
        };
    }

    /** A type of {@code java.util} or {@code java.util.concurrent} (the collections; not the streams). */
    private static boolean isCollectionType(String owner) {
        int packageEnd = owner.lastIndexOf('/');
        return owner.startsWith("java/util/") && (packageEnd == 9 || packageEnd == 20 && owner.startsWith("java/util/concurrent/"));
    }

    /** Which arguments of a static method stay in the call. */
    interface Callees {
        /** Knows no method: every argument may leave. */
        Callees NONE = (owner, name, descriptor) -> 0;

        /** The arguments (bit {@code n} for the {@code n}-th) that {@code owner.name descriptor}, a static method, keeps to the call. */
        long staying(String owner, String name, String descriptor);
    }

    /**
     * What a stack slot or a local may hold: arrays made by the method at some of its allocations (bit {@code n} for
     * the {@code n}-th, up to 64), and whether it may hold anything else (a parameter, a field, a call's result...).
     */
    record Held(int size, long sites, boolean other) implements Value {
        static final Held OTHER_1 = new Held(1, 0, true);
        static final Held OTHER_2 = new Held(2, 0, true);
        static final Held NULL = new Held(1, 0, false);

        static Held other(int size) {
            return size == 2 ? OTHER_2 : OTHER_1;
        }

        @Override
        public int getSize() {
            return size;
        }
    }

    /**
     * The data flow's interpreter: allocations are followed through copies, locals and casts, and every use that may
     * let one out marks it escaped ({@link #escaped}). The values an instruction consumes are exactly those ASM passes
     * to it, so an array under a call's arguments on the stack (as {@code a[i] = f(x)}) is not taken for one of them.
     */
    private static final class Allocations extends Interpreter<Held> {
        private final Map<AbstractInsnNode, Long> bits = new HashMap<>();
        /** The argument index of each local that starts as a parameter (a static method's summary), else {@code null}. */
        private final Map<Integer, Integer> arguments;
        private final Callees callees;
        long escaped;

        /** {@code parameters}: a static method's, to follow as its first values; {@code null} to follow allocations only. */
        Allocations(InsnList code, Type[] parameters, Callees callees) {
            super(Opcodes.ASM9);
            this.callees = callees;
            this.arguments = parameters == null ? null : new HashMap<>();
            int local = 0;
            for (int i = 0; parameters != null && i < parameters.length; i++) {
                arguments.put(local, i);
                local += parameters[i].getSize();
            }
            int n = PARAMETERS;
            for (AbstractInsnNode insn : code) {
                int opcode = insn.getOpcode();
                boolean makes = opcode == Opcodes.NEWARRAY || opcode == Opcodes.ANEWARRAY || opcode == Opcodes.MULTIANEWARRAY
                        || insn instanceof MethodInsnNode call && copyMade(call) != Copy.NONE;
                if (makes && n < 64) {
                    bits.put(insn, 1L << n++);
                }
            }
        }

        @Override
        public Held newParameterValue(boolean isInstanceMethod, int local, Type type) {
            Integer argument = arguments == null ? null : arguments.get(local);
            return argument == null || argument >= PARAMETERS ? newValue(type) : new Held(type.getSize(), 1L << argument, true);
        }

        private Held allocation(AbstractInsnNode insn) {
            Long bit = bits.get(insn);
            return bit == null ? Held.OTHER_1 : new Held(1, bit, false);
        }

        private void escape(Held value) {
            escaped |= value.sites;
        }

        @Override
        public Held newValue(Type type) {
            if (type == Type.VOID_TYPE) {
                return null;
            }
            return Held.other(type == null ? 1 : type.getSize());
        }

        @Override
        public Held newOperation(AbstractInsnNode insn) {
            return switch (insn.getOpcode()) {
                case Opcodes.ACONST_NULL -> Held.NULL;
                case Opcodes.LCONST_0, Opcodes.LCONST_1, Opcodes.DCONST_0, Opcodes.DCONST_1 -> Held.OTHER_2;
                case Opcodes.LDC -> Held.other(((LdcInsnNode) insn).cst instanceof Long || ((LdcInsnNode) insn).cst instanceof Double ? 2 : 1);
                case Opcodes.GETSTATIC -> Held.other(Type.getType(((FieldInsnNode) insn).desc).getSize());
                default -> Held.OTHER_1;
            };
        }

        @Override
        public Held copyOperation(AbstractInsnNode insn, Held value) {
            return value;
        }

        @Override
        public Held unaryOperation(AbstractInsnNode insn, Held value) {
            switch (insn.getOpcode()) {
                case Opcodes.NEWARRAY, Opcodes.ANEWARRAY:
                    return allocation(insn);
                case Opcodes.CHECKCAST:
                    return value;
                case Opcodes.ARRAYLENGTH, Opcodes.INSTANCEOF, Opcodes.IFNULL, Opcodes.IFNONNULL:
                    return Held.OTHER_1;
                case Opcodes.LNEG, Opcodes.DNEG, Opcodes.I2L, Opcodes.I2D, Opcodes.L2D, Opcodes.F2L, Opcodes.F2D, Opcodes.D2L:
                    return Held.OTHER_2;
                case Opcodes.GETFIELD:
                    return Held.other(Type.getType(((FieldInsnNode) insn).desc).getSize());
                default: // a return, a throw, a static's store, a monitor: the value leaves
                    escape(value);
                    return Held.OTHER_1;
            }
        }

        @Override
        public Held binaryOperation(AbstractInsnNode insn, Held value1, Held value2) {
            switch (insn.getOpcode()) {
                case Opcodes.IALOAD, Opcodes.FALOAD, Opcodes.AALOAD, Opcodes.BALOAD, Opcodes.CALOAD, Opcodes.SALOAD,
                        Opcodes.IF_ACMPEQ, Opcodes.IF_ACMPNE:
                    return Held.OTHER_1;
                case Opcodes.LALOAD, Opcodes.DALOAD:
                    return Held.OTHER_2;
                case Opcodes.LADD, Opcodes.DADD, Opcodes.LSUB, Opcodes.DSUB, Opcodes.LMUL, Opcodes.DMUL, Opcodes.LDIV,
                        Opcodes.DDIV, Opcodes.LREM, Opcodes.DREM, Opcodes.LSHL, Opcodes.LSHR, Opcodes.LUSHR, Opcodes.LAND,
                        Opcodes.LOR, Opcodes.LXOR:
                    return Held.OTHER_2;
                default: // a field's store among them: its value leaves
                    escape(value1);
                    escape(value2);
                    return Held.OTHER_1;
            }
        }

        @Override
        public Held ternaryOperation(AbstractInsnNode insn, Held value1, Held value2, Held value3) {
            escape(value3); // an element's store: the array stays, the value stored goes where the array is
            return null;
        }

        @Override
        public Held naryOperation(AbstractInsnNode insn, List<? extends Held> values) {
            if (insn.getOpcode() == Opcodes.MULTIANEWARRAY) {
                return allocation(insn);
            }
            Copy copy = insn instanceof MethodInsnNode call ? copyMade(call) : Copy.NONE;
            if (copy == Copy.INTO_ITS_ARGUMENT) { // toArray(a): a when the contents fit, else a new array
                for (int i = 0; i < values.size() - 1; i++) {
                    escape(values.get(i));
                }
                return merge(allocation(insn), values.get(values.size() - 1));
            }
            if (insn instanceof MethodInsnNode call && onlyDuringTheCall(call)) {
                escapeAllButArrays(call, values);
            } else if (insn instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESTATIC) {
                long staying = callees.staying(call.owner, call.name, call.desc);
                for (int i = 0; i < values.size(); i++) {
                    if (i >= PARAMETERS || (staying & 1L << i) == 0) {
                        escape(values.get(i));
                    }
                }
            } else {
                values.forEach(this::escape);
            }
            if (copy == Copy.NEW) {
                return allocation(insn);
            }
            String descriptor = insn instanceof MethodInsnNode call ? call.desc
                    : insn instanceof InvokeDynamicInsnNode indy ? indy.desc : "()V";
            return newValue(Type.getReturnType(descriptor));
        }

        /**
         * Of a call that keeps no array it is given, the arguments that are not given as arrays escape: an object
         * {@code Arrays.fill} stores into every element goes where that array goes. {@code System.arraycopy}'s
         * arrays are typed {@code Object}; it stores only elements.
         */
        private void escapeAllButArrays(MethodInsnNode call, List<? extends Held> values) {
            if (call.owner.equals("java/lang/System") || call.owner.startsWith("[")) {
                return;
            }
            Type[] parameters = Type.getArgumentTypes(call.desc);
            int first = values.size() - parameters.length; // 1 with a receiver
            for (int i = 0; i < values.size(); i++) {
                if (i < first || parameters[i - first].getSort() != Type.ARRAY) {
                    escape(values.get(i));
                }
            }
        }

        private static boolean onlyDuringTheCall(MethodInsnNode call) {
            if (call.owner.startsWith("[")) {
                return call.name.equals("clone"); // an array's copy; its other methods are Object's, as hashCode
            }
            return ONLY_DURING_THE_CALL.contains(call.owner + "." + call.name) && !call.name.startsWith("parallel");
        }

        @Override
        public void returnOperation(AbstractInsnNode insn, Held value, Held expected) {
            escape(value);
        }

        @Override
        public Held merge(Held value1, Held value2) {
            if (value1.equals(value2)) {
                return value1;
            }
            return new Held(Math.min(value1.size, value2.size), value1.sites | value2.sites, value1.other || value2.other);
        }
    }
}
