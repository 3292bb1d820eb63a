package dev.weft.agent.instrument;

import dev.weft.runtime.Weft;
import java.util.Set;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * In a method a pool calls with the task given to {@code execute}, which is weft's wrapper of it: a pool subclass's
 * {@code beforeExecute(Thread, Runnable)} and {@code afterExecute(Runnable, Throwable)}, and an application's
 * rejection handler (a method taking {@code (Runnable, ThreadPoolExecutor)}: {@code rejectedExecution}, a lambda's
 * body, a method reference's target). Replaces the task parameter, on entry, with {@link Weft#executedTask}'s
 * answer, so that the method sees the program's own task. In a rejection handler, a call that puts a task into a
 * queue ({@code pool.getQueue().offer(task)}, {@code put}, {@code add}...) passes {@link Weft#requeuedTask}'s
 * answer instead, the wrapper when the task goes back to the rejecting pool's queue.
 */
final class ExecutedTaskVisitor extends MethodVisitor {

    private static final String BEFORE_EXECUTE = "beforeExecute(Ljava/lang/Thread;Ljava/lang/Runnable;)V";
    private static final String AFTER_EXECUTE = "afterExecute(Ljava/lang/Runnable;Ljava/lang/Throwable;)V";
    /** How a rejection handler's parameters end. */
    private static final String REJECTS = "Ljava/lang/Runnable;Ljava/util/concurrent/ThreadPoolExecutor;)V";
    /** The calls that put their only argument, of any type, into a queue. */
    private static final Set<String> PUTS = Set.of("offer", "put", "add", "offerLast", "putLast", "addLast",
            "offerFirst", "putFirst", "addFirst");

    private final int taskLocal;
    private final boolean rejects;

    private ExecutedTaskVisitor(MethodVisitor next, int taskLocal, boolean rejects) {
        super(ClassReaders.ASM_API, next);
        this.taskLocal = taskLocal;
        this.rejects = rejects;
    }

    /** The visitor for this method of a pool subclass, or {@code next} itself when it is neither hook. */
    static MethodVisitor of(MethodVisitor next, int access, String name, String descriptor) {
        if (!hasCode(access)) {
            return next;
        }
        String method = name + descriptor;
        return method.equals(BEFORE_EXECUTE) ? new ExecutedTaskVisitor(next, 2, false)
                : method.equals(AFTER_EXECUTE) ? new ExecutedTaskVisitor(next, 1, false) : next;
    }

    /** Whether a method of this descriptor may be a rejection handler: its last parameters are {@code (Runnable, ThreadPoolExecutor)}. */
    static boolean mayReject(String descriptor) {
        return descriptor.endsWith(REJECTS);
    }

    /** The visitor for a method {@link #mayReject} accepts, or {@code next} itself when it has no code. */
    static MethodVisitor ofRejection(MethodVisitor next, int access, String descriptor) {
        if (!hasCode(access)) {
            return next;
        }
        int local = (access & Opcodes.ACC_STATIC) != 0 ? 0 : 1; // a lambda's body is static, its captures first
        Type[] parameters = Type.getArgumentTypes(descriptor);
        for (int i = 0; i < parameters.length - 2; i++) {
            local += parameters[i].getSize();
        }
        return new ExecutedTaskVisitor(next, local, true);
    }

    private static boolean hasCode(int access) {
        return (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
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
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (rejects && opcode != Opcodes.INVOKESTATIC && opcode != Opcodes.INVOKESPECIAL && PUTS.contains(name)
                && descriptor.startsWith("(Ljava/lang/Object;)") && (descriptor.endsWith(")Z") || descriptor.endsWith(")V"))) {
            super.visitInsn(Opcodes.DUP2); // the queue and the task
            super.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(Weft.class), "requeuedTask",
                    "(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;", false);
            super.visitInsn(Opcodes.SWAP);
            super.visitInsn(Opcodes.POP); // the queue and what to pass
        }
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(Math.max(maxStack, 1) + (rejects ? 2 : 0), maxLocals);
    }
}
