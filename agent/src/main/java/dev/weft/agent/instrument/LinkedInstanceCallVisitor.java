package dev.weft.agent.instrument;

import dev.weft.runtime.HandOffCalls;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Turns the instance calls a subclass selects ({@link #links}) into an {@code invokedynamic} of the same name and
 * type (the receiver first), linked by a bootstrap method of {@link HandOffCalls} that is given the original method and
 * a new site: how a deadlock-only run hooks calls on JDK objects without the hand-off rewrites.
 */
abstract class LinkedInstanceCallVisitor extends HookingMethodVisitor {

    private final Handle bootstrap;

    /** @param bootstrap the bootstrap method, made by {@link #bootstrap(String)} */
    LinkedInstanceCallVisitor(MethodVisitor next, MethodSites sites, Handle bootstrap) {
        super(next, sites);
        this.bootstrap = bootstrap;
    }

    /** The bootstrap method {@code HandOffCalls.name(Lookup, String, MethodType, MethodHandle original, int site)}. */
    static Handle bootstrap(String name) {
        return new Handle(Opcodes.H_INVOKESTATIC, Type.getInternalName(HandOffCalls.class), name,
                Type.getMethodDescriptor(Type.getType(CallSite.class), Type.getType(MethodHandles.Lookup.class),
                        Type.getType(String.class), Type.getType(MethodType.class), Type.getType(MethodHandle.class), Type.INT_TYPE),
                false);
    }

    /** Whether an instance call of this static type and name is linked by the bootstrap method. */
    abstract boolean links(String owner, String name);

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode != Opcodes.INVOKEINTERFACE && opcode != Opcodes.INVOKEVIRTUAL || !links(owner, name)) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        Handle original = new Handle(isInterface ? Opcodes.H_INVOKEINTERFACE : Opcodes.H_INVOKEVIRTUAL, owner, name, descriptor, isInterface);
        super.visitInvokeDynamicInsn(name, "(" + Type.getObjectType(owner).getDescriptor() + descriptor.substring(1),
                bootstrap, original, newSite());
    }
}
