package dev.weft.agent.instrument;

import java.util.Set;
import java.util.regex.Pattern;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * The accessors {@code javac} generates before Java 11 ({@code static synthetic access$008(Outer)}) so that a
 * nested class can reach its outer class's private fields, or the reverse: an access inside one would be
 * reported at the accessor, on the line of the class declaration. So each accessor of an instrumented class gets
 * a copy, {@code access$008$weft(int site, Outer)}, whose field access hooks report the site it is given; and a
 * call of an accessor in another class ({@link AccessorCallVisitor}) calls the copy with its own site, when the
 * copy exists.
 */
final class SyntheticAccessors {

    /** What a copy's name adds to its accessor's (as {@code AccessorCalls} expects). */
    private static final String COPY = "$weft";
    private static final Pattern ACCESSOR = Pattern.compile("access\\$\\d+");

    private SyntheticAccessors() { }

    /** True for a class file old enough to have accessors, and new enough for an {@code invokedynamic}. */
    static boolean mayHaveAccessors(int classVersion) {
        int major = classVersion & 0xFFFF;
        return major >= Opcodes.V1_7 && major < Opcodes.V11;
    }

    /** True for the name of a {@code javac} accessor. */
    static boolean isAccessorName(String name) {
        return ACCESSOR.matcher(name).matches();
    }

    /** True for a method that is a {@code javac} accessor. */
    static boolean isAccessor(int access, String name) {
        int flags = Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC;
        return (access & flags) == flags && isAccessorName(name);
    }

    /** The descriptor of an accessor's copy: the site first. */
    private static String copyDescriptor(String descriptor) {
        return "(I" + descriptor.substring(1);
    }

    /** Makes the visitor of an accessor's copy, the copy's name and descriptor given. */
    interface Copies {
        MethodVisitor copy(int access, String name, String descriptor, String[] exceptions);
    }

    /**
     * Reads the accessors {@code accessors} (each a name and descriptor) again from {@code reader}, each into the
     * visitor {@code copies} makes for its copy, with its locals one slot further: slot 0 holds the site.
     */
    static void copy(ClassReader reader, Set<String> accessors, Copies copies) {
        reader.accept(new ClassVisitor(ClassReaders.ASM_API) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if (!accessors.contains(name + descriptor)) {
                    return null;
                }
                MethodVisitor copy = copies.copy(access, name + COPY, copyDescriptor(descriptor), exceptions);
                return copy == null ? null : new ShiftedLocals(copy);
            }
        }, 0);
    }

    /** Passes a static method's code on with each local one slot further: slot 0 is the site's. */
    private static final class ShiftedLocals extends MethodVisitor {

        ShiftedLocals(MethodVisitor next) {
            super(ClassReaders.ASM_API, next);
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            super.visitVarInsn(opcode, varIndex + 1);
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            super.visitIincInsn(varIndex + 1, increment);
        }

        @Override
        public void visitLocalVariable(String name, String descriptor, String signature, Label start,
                                       Label end, int index) {
            super.visitLocalVariable(name, descriptor, signature, start, end, index + 1);
        }

        @Override
        public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
            if (type == Opcodes.F_NEW || type == Opcodes.F_FULL) {
                Object[] shifted = new Object[numLocal + 1];
                shifted[0] = Opcodes.INTEGER;
                System.arraycopy(local, 0, shifted, 1, numLocal);
                super.visitFrame(type, numLocal + 1, shifted, numStack, stack);
            } else {
                super.visitFrame(type, numLocal, local, numStack, stack);
            }
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            super.visitMaxs(maxStack, maxLocals + 1);
        }
    }
}
