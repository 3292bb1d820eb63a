package dev.weft.agent.instrument;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * The application classes that a class making a synchronized wrapper hands it to (deadlock-only runs,
 * {@link WrapperCallVisitor}): {@code new Journal(Collections.synchronizedList(...))} makes {@code Journal} a receiver,
 * whose wrapper-like calls ({@code entries.add(e)} in a method with no lock operation) are then rewritten as those of a
 * class that names a wrapper. A data flow over the maker's bytecode follows each wrapper it makes (a
 * {@code Collections.synchronized*} call, {@code new Vector}, {@code Stack} or {@code Hashtable}) through copies,
 * locals, casts, its own fields and the values its own methods return, to an argument of a call or a constructor of
 * another application class, or a store into that class's field or static. A receiver is analysed the same way, its
 * parameters of a {@code java.util} type taken as wrappers, so that a wrapper it hands on (to a third class, to its
 * superclass's constructor) is followed. The receiver must load after the class that hands it the wrapper (it most
 * often does: that class runs the code that hands the wrapper over); one loaded earlier stays unseen, as before. Only
 * classes that name a wrapper or receive one are analysed, and their methods up to a size.
 */
final class WrapperReceivers {

    /** The largest method analysed, in frame slots (instructions times locals and stack), as {@link LocalArrays}. */
    private static final int ANALYSED_SLOTS = 20_000;
    private static final Set<String> WRAPPER_CLASSES = Set.of("java/util/Vector", "java/util/Stack", "java/util/Hashtable");

    /** Internal names of the classes handed a wrapper so far, whatever their loader (a name too many costs a rewrite). */
    private final Set<String> receivers = ConcurrentHashMap.newKeySet();

    /** Whether a class already seen handing out a wrapper hands one to the class of this internal name. */
    boolean receives(String internalName) {
        return receivers.contains(internalName);
    }

    /**
     * Notes the application classes the class of {@code classFile}, which names a wrapper or receives one, hands the
     * wrappers it makes or receives to.
     */
    void noteHandOffsOf(byte[] classFile) {
        receivers.addAll(handedTo(classFile, receivers::contains));
    }

    /** The internal names of the application classes that {@code classFile}'s class hands a wrapper it makes to. */
    static Set<String> handedTo(byte[] classFile) {
        return handedTo(classFile, name -> false);
    }

    /**
     * The internal names of the application classes that {@code classFile}'s class hands a wrapper it makes to, or,
     * when {@code receiver} says it is handed wrappers, one of its parameters of a {@code java.util} type (any may be
     * one: the wrapper handed on). Only the methods that make a wrapper, have such a parameter, or read a field or
     * call a method of the class holding or returning one, are analysed, and only if they store into a field of such a
     * type, return one, or call another application class with such a parameter ({@link Method}).
     */
    static Set<String> handedTo(byte[] classFile, Predicate<String> receiver) {
        ClassNode type = new ClassNode();
        new ClassReader(classFile).accept(type, ClassReader.SKIP_FRAMES | ClassReader.SKIP_DEBUG);
        boolean handedWrappers = receiver.test(type.name);
        List<Method> methods = type.methods.stream().map(method -> new Method(type.name, method, handedWrappers)).toList();
        Set<String> wrapperMembers = new HashSet<>(); // fields by name, methods by name and descriptor
        int known;
        do { // a field filled with a wrapper is a wrapper where it is read, a method returning one where it is called
            known = wrapperMembers.size();
            for (Method method : methods) {
                if ((method.storesOwnField || method.returnsWrapperType) && method.seesWrapper(wrapperMembers) && method.flow() != null) {
                    method.flow().noteWrapperMembers(wrapperMembers, method.returnsWrapperType ? method.key() : null);
                }
            }
        } while (wrapperMembers.size() != known);
        Set<String> handedTo = new HashSet<>();
        for (Method method : methods) {
            if (method.handsOut && method.seesWrapper(wrapperMembers) && method.flow() != null) {
                method.flow().noteReceivers(wrapperMembers, handedTo);
            }
        }
        return handedTo;
    }

    /** Whether a value of this descriptor's type may be a wrapper: a {@code java.util} type or one all objects have. */
    private static boolean mayHoldWrapper(String descriptor) {
        return descriptor.startsWith("Ljava/util/") || descriptor.equals("Ljava/lang/Object;") || descriptor.equals("Ljava/lang/Iterable;")
                || descriptor.equals("Ljava/io/Serializable;") || descriptor.equals("Ljava/lang/Cloneable;");
    }

    /** Whether another class than {@code self}, not the JDK's, declares a member of {@code owner}. */
    private static boolean application(String owner, String self) {
        return !owner.equals(self) && !owner.startsWith("[") && !owner.startsWith("java/") && !owner.startsWith("javax/")
                && !owner.startsWith("jdk/") && !owner.startsWith("sun/");
    }

    /** What one pass over a method's instructions tells, before any analysis, and its flow once asked for. */
    private static final class Method {
        private final String owner;
        private final MethodNode code;
        /** Whether it makes a wrapper. */
        private boolean makes;
        /** The fields of its class it reads (by name) and the methods of its class it calls (by name and descriptor). */
        private final Set<String> reads = new HashSet<>();
        /** Whether it stores into a field of its class of a type a wrapper may have. */
        private boolean storesOwnField;
        /** Whether it returns a type a wrapper may have. */
        private final boolean returnsWrapperType;
        /** Whether it calls another application class with a parameter, or stores into its field, of such a type. */
        private boolean handsOut;
        /** The local slots of its parameters that may hold a wrapper handed to its class (none unless it is a receiver). */
        private final BitSet wrapperParameters = new BitSet();
        private Flow flow;
        private boolean analysed;

        Method(String owner, MethodNode code, boolean handedWrappers) {
            this.owner = owner;
            this.code = code;
            this.returnsWrapperType = mayHoldWrapper(Type.getReturnType(code.desc).getDescriptor());
            int slot = (code.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
            for (Type parameter : Type.getArgumentTypes(code.desc)) {
                // a java.util type only: taking every Object parameter (equals) for a wrapper would spread receivers widely
                wrapperParameters.set(slot, handedWrappers && parameter.getDescriptor().startsWith("Ljava/util/"));
                slot += parameter.getSize();
            }
            for (AbstractInsnNode instruction : code.instructions) {
                if (Flow.makesWrapper(instruction)) {
                    makes = true;
                } else if (instruction instanceof FieldInsnNode field) {
                    boolean put = field.getOpcode() == Opcodes.PUTFIELD || field.getOpcode() == Opcodes.PUTSTATIC;
                    if (field.owner.equals(owner) && !put) {
                        reads.add(field.name);
                    }
                    storesOwnField |= put && field.owner.equals(owner) && mayHoldWrapper(field.desc);
                    handsOut |= put && application(field.owner, owner) && mayHoldWrapper(field.desc);
                } else if (instruction instanceof MethodInsnNode call && call.owner.equals(owner)) {
                    reads.add(call.name + call.desc);
                } else if (instruction instanceof MethodInsnNode call && application(call.owner, owner)) {
                    for (Type parameter : Type.getArgumentTypes(call.desc)) {
                        handsOut |= mayHoldWrapper(parameter.getDescriptor());
                    }
                }
            }
        }

        boolean seesWrapper(Set<String> wrapperMembers) {
            return makes || !wrapperParameters.isEmpty() || reads.stream().anyMatch(wrapperMembers::contains);
        }

        String key() {
            return code.name + code.desc;
        }

        Flow flow() {
            if (!analysed) {
                analysed = true;
                flow = Flow.of(owner, code, wrapperParameters);
            }
            return flow;
        }
    }

    /** One method's code with the instructions that produced each value of its frames. */
    private record Flow(String owner, InsnList code, Frame<SourceValue>[] frames, BitSet wrapperParameters) {

        static Flow of(String owner, MethodNode method, BitSet wrapperParameters) {
            if (method.instructions.size() == 0
                    || (long) method.instructions.size() * (method.maxLocals + method.maxStack) > ANALYSED_SLOTS) {
                return null;
            }
            try {
                return new Flow(owner, method.instructions, new Analyzer<>(new SourceInterpreter()).analyze(owner, method), wrapperParameters);
            } catch (AnalyzerException | RuntimeException e) {
                return null; // not analysed: its hand-offs stay unseen
            }
        }

        /** Whether the instruction makes a wrapper: a {@code Collections.synchronized*} call, {@code new Vector}... */
        static boolean makesWrapper(AbstractInsnNode instruction) {
            return switch (instruction.getOpcode()) {
                case Opcodes.INVOKESTATIC -> ((MethodInsnNode) instruction).owner.equals("java/util/Collections")
                        && ((MethodInsnNode) instruction).name.startsWith("synchronized");
                case Opcodes.NEW -> WRAPPER_CLASSES.contains(((TypeInsnNode) instruction).desc);
                default -> false;
            };
        }

        /** Adds each field of this class that this method stores a wrapper into, and {@code self} if it returns one. */
        void noteWrapperMembers(Set<String> wrapperMembers, String self) {
            for (int i = 0; i < code.size(); i++) {
                AbstractInsnNode instruction = code.get(i);
                if (frames[i] == null) {
                    continue;
                }
                if (instruction instanceof FieldInsnNode field && field.owner.equals(owner)
                        && (field.getOpcode() == Opcodes.PUTFIELD || field.getOpcode() == Opcodes.PUTSTATIC)
                        && isWrapper(top(frames[i], 0), wrapperMembers, new HashSet<>())) {
                    wrapperMembers.add(field.name);
                } else if (self != null && instruction.getOpcode() == Opcodes.ARETURN
                        && isWrapper(top(frames[i], 0), wrapperMembers, new HashSet<>())) {
                    wrapperMembers.add(self);
                }
            }
        }

        /** Adds each application class this method hands a wrapper to: as an argument, or into its field or static. */
        void noteReceivers(Set<String> wrapperMembers, Set<String> handedTo) {
            for (int i = 0; i < code.size(); i++) {
                AbstractInsnNode instruction = code.get(i);
                Frame<SourceValue> frame = frames[i];
                if (frame == null) {
                    continue;
                }
                if (instruction instanceof MethodInsnNode call && application(call.owner, owner)) {
                    int arguments = Type.getArgumentTypes(call.desc).length;
                    for (int argument = 0; argument < arguments; argument++) {
                        if (isWrapper(top(frame, argument), wrapperMembers, new HashSet<>())) {
                            handedTo.add(call.owner);
                        }
                    }
                } else if (instruction instanceof FieldInsnNode field && application(field.owner, owner)
                        && (field.getOpcode() == Opcodes.PUTFIELD || field.getOpcode() == Opcodes.PUTSTATIC)
                        && isWrapper(top(frame, 0), wrapperMembers, new HashSet<>())) {
                    handedTo.add(field.owner);
                }
            }
        }

        /** Whether some instruction that may have produced {@code value} makes a wrapper or reads a wrapper field. */
        private boolean isWrapper(SourceValue value, Set<String> wrapperMembers, Set<AbstractInsnNode> seen) {
            for (AbstractInsnNode source : value.insns) {
                if (!seen.add(source)) {
                    continue;
                }
                int index = code.indexOf(source);
                Frame<SourceValue> before = frames[index];
                boolean wrapper = makesWrapper(source) || switch (source.getOpcode()) {
                    case Opcodes.GETFIELD, Opcodes.GETSTATIC -> ((FieldInsnNode) source).owner.equals(owner)
                            && wrapperMembers.contains(((FieldInsnNode) source).name);
                    case Opcodes.INVOKEVIRTUAL, Opcodes.INVOKESPECIAL, Opcodes.INVOKESTATIC, Opcodes.INVOKEINTERFACE ->
                            ((MethodInsnNode) source).owner.equals(owner)
                                    && wrapperMembers.contains(((MethodInsnNode) source).name + ((MethodInsnNode) source).desc);
                    case Opcodes.ALOAD -> before != null && loadsWrapper(before, ((VarInsnNode) source).var, wrapperMembers, seen);
                    case Opcodes.ASTORE, Opcodes.CHECKCAST, Opcodes.DUP, Opcodes.DUP_X1, Opcodes.DUP_X2 ->
                            before != null && isWrapper(top(before, 0), wrapperMembers, seen);
                    default -> false;
                };
                if (wrapper) {
                    return true;
                }
            }
            return false;
        }

        /** Whether local {@code slot} holds a wrapper in {@code frame}: stored one, or a parameter a wrapper may be handed in. */
        private boolean loadsWrapper(Frame<SourceValue> frame, int slot, Set<String> wrapperMembers, Set<AbstractInsnNode> seen) {
            SourceValue local = frame.getLocal(slot);
            return local.insns.isEmpty() ? wrapperParameters.get(slot) : isWrapper(local, wrapperMembers, seen);
        }

        /** The value {@code below} places under the top of {@code frame}'s stack (0: the top; a call's last argument). */
        private static SourceValue top(Frame<SourceValue> frame, int below) {
            return frame.getStack(frame.getStackSize() - 1 - below);
        }
    }
}
