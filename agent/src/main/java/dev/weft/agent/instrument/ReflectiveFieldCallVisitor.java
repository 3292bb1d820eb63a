package dev.weft.agent.instrument;

import dev.weft.runtime.ReflectiveAccesses;
import java.util.Set;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Makes the program's {@code Field.get*}/{@code set*} calls report the field accesses they make inside the
 * JDK, as the program's own field loads and stores do: {@link ReflectiveAccesses#writing} before a
 * {@code set*} call, {@link ReflectiveAccesses#reading} before and {@link ReflectiveAccesses#read} after a
 * {@code get*} call (a controlled run's point of a volatile read, and the read), each given copies of the
 * call's {@code Field} and object, made on the operand stack with no local variable and no branch (so no
 * stack map frame). The call itself stays as it is: {@code Field}'s methods are caller-sensitive, and a
 * call moved into another class (a hook, a method handle's invoker) would lose the caller's access to
 * its private and package-private fields.
 *
 * <p>{@code java.lang.reflect.Array.get*}/{@code set*} calls report the element access they make as an element load or
 * store would, before the call ({@link ReflectiveAccesses#elementReading}, {@link ReflectiveAccesses#elementWriting}).
 */
final class ReflectiveFieldCallVisitor extends HookingMethodVisitor {

    private static final String FIELD = "java/lang/reflect/Field";
    private static final String ARRAY = "java/lang/reflect/Array";
    private static final Set<String> TYPES = Set.of("", "Boolean", "Byte", "Char", "Short", "Int", "Long", "Float", "Double");
    private static final String HOOKS = Type.getInternalName(ReflectiveAccesses.class);
    private static final String HOOK = "(Ljava/lang/reflect/Field;Ljava/lang/Object;I)V";
    private static final String ELEMENT_HOOK = "(Ljava/lang/Object;IZI)V";
    /** The most a rewrite adds to the operand stack: two copies of the field and object (or of a wide value), and the site. */
    private static final int EXTRA_STACK = 5;

    private boolean rewritten;

    ReflectiveFieldCallVisitor(MethodVisitor next, MethodSites sites) {
        super(next, sites);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode == Opcodes.INVOKESTATIC && owner.equals(ARRAY)) {
            visitArrayCall(name, descriptor);
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        if (opcode != Opcodes.INVOKEVIRTUAL || !owner.equals(FIELD) || !TYPES.contains(name.length() < 3 ? "-" : name.substring(3))) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        Type[] arguments = Type.getArgumentTypes(descriptor);
        boolean onObject = arguments.length > 0 && arguments[0].getSort() == Type.OBJECT;
        if (name.startsWith("get") && arguments.length == 1 && onObject) {
            int site = newSite();
            super.visitInsn(Opcodes.DUP2); // [field, owner] -> [field, owner, field, owner]
            super.visitInsn(Opcodes.DUP2);
            hook("reading", site);
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            boolean wide = Type.getReturnType(descriptor).getSize() == 2; // [field, owner, value]
            super.visitInsn(wide ? Opcodes.DUP2_X2 : Opcodes.DUP_X2);
            super.visitInsn(wide ? Opcodes.POP2 : Opcodes.POP); // [value, field, owner]
            hook("read", site);
        } else if (name.startsWith("set") && arguments.length == 2 && onObject && Type.getReturnType(descriptor) == Type.VOID_TYPE) {
            boolean wide = arguments[1].getSize() == 2; // [field, owner, value]
            super.visitInsn(wide ? Opcodes.DUP2_X2 : Opcodes.DUP_X2);
            super.visitInsn(wide ? Opcodes.POP2 : Opcodes.POP); // [value, field, owner]
            super.visitInsn(wide ? Opcodes.DUP2_X2 : Opcodes.DUP2_X1); // [field, owner, value, field, owner]
            hook("writing", newSite());
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        } else {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        rewritten = true;
    }

    /**
     * Before {@code Array.get*(array, index)} or {@code Array.set*(array, index, value)}: the element hook, given copies of
     * the array and the index; nothing for the other calls ({@code getLength}, {@code newInstance}).
     */
    private void visitArrayCall(String name, String descriptor) {
        Type[] arguments = Type.getArgumentTypes(descriptor);
        if (arguments.length < 2 || arguments[1] != Type.INT_TYPE || !TYPES.contains(name.length() < 3 ? "-" : name.substring(3))) {
            return;
        }
        boolean primitive = name.length() > 3;
        if (name.startsWith("get") && arguments.length == 2) {
            super.visitInsn(Opcodes.DUP2); // [array, index, array, index]
            elementHook("elementReading", primitive);
        } else if (name.startsWith("set") && arguments.length == 3) {
            boolean wide = arguments[2].getSize() == 2; // [array, index, value] -> [array, index, value, array, index]
            super.visitInsn(wide ? Opcodes.DUP2_X2 : Opcodes.DUP_X2);
            super.visitInsn(wide ? Opcodes.POP2 : Opcodes.POP);
            super.visitInsn(wide ? Opcodes.DUP2_X2 : Opcodes.DUP2_X1);
            elementHook("elementWriting", primitive);
        } else {
            return;
        }
        rewritten = true;
    }

    /** Stack {@code [array, index]} becomes {@code []}: the element hook of a call of a primitive type's form ({@code getInt}) or not. */
    private void elementHook(String name, boolean primitive) {
        super.visitInsn(primitive ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
        super.visitLdcInsn(newSite());
        super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, name, ELEMENT_HOOK, false);
    }

    private void hook(String name, int site) {
        super.visitLdcInsn(site);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, name, HOOK, false);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(rewritten ? maxStack + EXTRA_STACK : maxStack, maxLocals);
    }
}
