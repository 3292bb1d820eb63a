package dev.weft.agent.instrument;

import dev.weft.runtime.ReflectiveAccesses;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Set;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Makes the program's {@code Field.get*}/{@code set*} calls report the field accesses they make inside the
 * JDK, as the program's own field loads and stores do: each becomes an {@code invokedynamic} linked by
 * {@link ReflectiveAccesses}, so a field written through reflection in one thread and read directly in
 * another is checked as any other pair of accesses.
 *
 * <p>Only class files of version 51 (Java 7) or later are rewritten: older ones cannot hold an
 * {@code invokedynamic}, and keep their calls as they are.
 */
final class ReflectiveFieldCallVisitor extends HookingMethodVisitor {

    private static final String FIELD = "java/lang/reflect/Field";
    private static final Set<String> TYPES = Set.of("", "Boolean", "Byte", "Char", "Short", "Int", "Long", "Float", "Double");
    private static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC, Type.getInternalName(ReflectiveAccesses.class), "call",
            "(" + Type.getDescriptor(MethodHandles.Lookup.class) + Type.getDescriptor(String.class)
                    + Type.getDescriptor(MethodType.class) + Type.getDescriptor(MethodHandle.class) + "I)"
                    + Type.getDescriptor(CallSite.class), false);

    private ReflectiveFieldCallVisitor(MethodVisitor next, MethodSites sites) {
        super(next, sites);
    }

    /** The visitor for a method of a class file of this version: {@code next} itself when it cannot be rewritten. */
    static MethodVisitor of(MethodVisitor next, MethodSites sites, int classVersion) {
        return (classVersion & 0xFFFF) >= Opcodes.V1_7 ? new ReflectiveFieldCallVisitor(next, sites) : next;
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode != Opcodes.INVOKEVIRTUAL || !owner.equals(FIELD) || !isAccess(name, descriptor)) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        Handle original = new Handle(Opcodes.H_INVOKEVIRTUAL, owner, name, descriptor, false);
        super.visitInvokeDynamicInsn(name, "(L" + FIELD + ";" + descriptor.substring(1), BOOTSTRAP, original, newSite());
    }

    /** {@code get(Object)}, {@code getInt(Object)}..., {@code set(Object, Object)}, {@code setInt(Object, int)}... */
    private static boolean isAccess(String name, String descriptor) {
        boolean get = name.startsWith("get") && descriptor.startsWith("(Ljava/lang/Object;)");
        boolean set = name.startsWith("set") && descriptor.startsWith("(Ljava/lang/Object;") && descriptor.endsWith(")V")
                && Type.getArgumentTypes(descriptor).length == 2;
        return (get || set) && TYPES.contains(name.substring(3));
    }
}
