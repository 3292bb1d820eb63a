package dev.weft.agent.instrument;

import dev.weft.runtime.HiddenClasses;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Makes {@code lookup.defineHiddenClass(bytes, ...)} and {@code defineHiddenClassWithClassData} an
 * {@code invokedynamic} linked by {@link HiddenClasses}, which instruments the bytes first: the JVM gives no
 * hidden class to a class file transformer. Only class files of version 51 (Java 7) or later are rewritten.
 */
final class HiddenClassCallVisitor extends MethodVisitor {

    private static final String LOOKUP = Type.getInternalName(MethodHandles.Lookup.class);
    private static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC, Type.getInternalName(HiddenClasses.class), "define",
            "(" + Type.getDescriptor(MethodHandles.Lookup.class) + Type.getDescriptor(String.class)
                    + Type.getDescriptor(MethodType.class) + Type.getDescriptor(MethodHandle.class) + ")"
                    + Type.getDescriptor(CallSite.class), false);

    private HiddenClassCallVisitor(MethodVisitor next) {
        super(ClassReaders.ASM_API, next);
    }

    /** The visitor for a method of a class file of this version: {@code next} itself when it cannot be rewritten. */
    static MethodVisitor of(MethodVisitor next, int classVersion) {
        return (classVersion & 0xFFFF) >= Opcodes.V1_7 ? new HiddenClassCallVisitor(next) : next;
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode == Opcodes.INVOKEVIRTUAL && owner.equals(LOOKUP) && descriptor.startsWith("([B")
                && (name.equals("defineHiddenClass") || name.equals("defineHiddenClassWithClassData"))) {
            Handle original = new Handle(Opcodes.H_INVOKEVIRTUAL, owner, name, descriptor, false);
            super.visitInvokeDynamicInsn(name, "(L" + owner + ";" + descriptor.substring(1), BOOTSTRAP, original);
            return;
        }
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }
}
