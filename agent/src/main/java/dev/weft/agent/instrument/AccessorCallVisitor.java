package dev.weft.agent.instrument;

import dev.weft.runtime.AccessorCalls;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Makes a call of another class's {@code javac} accessor ({@link SyntheticAccessors}) an {@code invokedynamic}
 * linked by {@link AccessorCalls}, given the call's site last: it calls the accessor's copy, which reports the
 * field access at this call's line, or the accessor itself when it has no copy.
 */
final class AccessorCallVisitor extends HookingMethodVisitor {

    private static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC, Type.getInternalName(AccessorCalls.class), "call",
            "(" + Type.getDescriptor(MethodHandles.Lookup.class) + Type.getDescriptor(String.class)
                    + Type.getDescriptor(MethodType.class) + Type.getDescriptor(Class.class) + ")"
                    + Type.getDescriptor(CallSite.class), false);

    private final String className;

    private AccessorCallVisitor(MethodVisitor next, MethodSites sites, String className) {
        super(next, sites);
        this.className = className;
    }

    /** The visitor for a method of class {@code className}: {@code next} itself when its class file has no accessors. */
    static MethodVisitor of(MethodVisitor next, MethodSites sites, String className, int classVersion) {
        return SyntheticAccessors.mayHaveAccessors(classVersion) ? new AccessorCallVisitor(next, sites, className) : next;
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode != Opcodes.INVOKESTATIC || isInterface || owner.equals(className) || !SyntheticAccessors.isAccessorName(name)) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        super.visitLdcInsn(newSite());
        int end = descriptor.indexOf(')');
        super.visitInvokeDynamicInsn(name, descriptor.substring(0, end) + "I" + descriptor.substring(end), BOOTSTRAP,
                Type.getObjectType(owner));
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(maxStack + 1, maxLocals);
    }
}
