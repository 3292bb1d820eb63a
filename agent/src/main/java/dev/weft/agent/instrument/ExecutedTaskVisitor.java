package dev.weft.agent.instrument;

import dev.weft.runtime.Weft;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * In a pool subclass's {@code beforeExecute(Thread, Runnable)} and {@code afterExecute(Runnable, Throwable)}, which the
 * pool's workers call with the task given to {@code execute}: replaces the task parameter, on entry, with
 * {@link Weft#executedTask}'s answer, so that the method sees the program's own task rather than weft's wrapper of it.
 */
final class ExecutedTaskVisitor extends MethodVisitor {

    private static final String BEFORE_EXECUTE = "beforeExecute(Ljava/lang/Thread;Ljava/lang/Runnable;)V";
    private static final String AFTER_EXECUTE = "afterExecute(Ljava/lang/Runnable;Ljava/lang/Throwable;)V";

    private final int taskLocal;

    private ExecutedTaskVisitor(MethodVisitor next, int taskLocal) {
        super(OpenedClassReader.ASM_API, next);
        this.taskLocal = taskLocal;
    }

    /** The visitor for this method of a pool subclass, or {@code next} itself when it is neither hook. */
    static MethodVisitor of(MethodVisitor next, int access, String name, String descriptor) {
        if ((access & (Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
            return next;
        }
        String method = name + descriptor;
        return method.equals(BEFORE_EXECUTE) ? new ExecutedTaskVisitor(next, 2)
                : method.equals(AFTER_EXECUTE) ? new ExecutedTaskVisitor(next, 1) : next;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        super.visitVarInsn(Opcodes.ALOAD, taskLocal);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(Weft.class), "executedTask",
                "(Ljava/lang/Runnable;)Ljava/lang/Runnable;", false);
        super.visitVarInsn(Opcodes.ASTORE, taskLocal);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(Math.max(maxStack, 1), maxLocals);
    }
}
