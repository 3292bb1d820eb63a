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
 * answer instead, the wrapper when the task goes back to the rejecting pool's queue; so does a {@code super.offer(task)}
 * ({@code put}, {@code add}...) in an application subclass of a JDK blocking queue, which a handler may call to put the
 * task back ({@code ((TaskQueue) pool.getQueue()).force(task)}, as Tomcat's pool does).
 */
final class ExecutedTaskVisitor extends MethodVisitor {

    private static final String BEFORE_EXECUTE = "beforeExecute(Ljava/lang/Thread;Ljava/lang/Runnable;)V";
    private static final String AFTER_EXECUTE = "afterExecute(Ljava/lang/Runnable;Ljava/lang/Throwable;)V";
    /** How a rejection handler's parameters end. */
    private static final String REJECTS = "Ljava/lang/Runnable;Ljava/util/concurrent/ThreadPoolExecutor;)V";
    /** The calls that put their only argument, of any type, into a queue. */
    private static final Set<String> PUTS = Set.of("offer", "put", "add", "offerLast", "putLast", "addLast",
            "offerFirst", "putFirst", "addFirst");

    /** The local slot of the task parameter to replace on entry, or -1 for none. */
    private final int taskLocal;
    /** Which calls put a task back: {@code INVOKEVIRTUAL} (and interface calls) in a handler, {@code INVOKESPECIAL} in a queue subclass, or 0. */
    private final int requeuingCall;

    private ExecutedTaskVisitor(MethodVisitor next, int taskLocal, int requeuingCall) {
        super(ClassReaders.ASM_API, next);
        this.taskLocal = taskLocal;
        this.requeuingCall = requeuingCall;
    }

    /** The visitor for this method of a pool subclass, or {@code next} itself when it is neither hook. */
    static MethodVisitor of(MethodVisitor next, int access, String name, String descriptor) {
        if (!hasCode(access)) {
            return next;
        }
        String method = name + descriptor;
        return method.equals(BEFORE_EXECUTE) ? new ExecutedTaskVisitor(next, 2, 0)
                : method.equals(AFTER_EXECUTE) ? new ExecutedTaskVisitor(next, 1, 0) : next;
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
        return new ExecutedTaskVisitor(next, local, Opcodes.INVOKEVIRTUAL);
    }

    /** The visitor for a method of an application subclass of a JDK blocking queue: its {@code super} puts may put a rejected task back. */
    static MethodVisitor ofQueueSubclass(MethodVisitor next, int access) {
        return hasCode(access) && (access & Opcodes.ACC_STATIC) == 0 ? new ExecutedTaskVisitor(next, -1, Opcodes.INVOKESPECIAL) : next;
    }

    private static boolean hasCode(int access) {
        return (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        if (taskLocal < 0) {
            return;
        }
        super.visitVarInsn(Opcodes.ALOAD, taskLocal);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(Weft.class), "executedTask",
                "(Ljava/lang/Runnable;)Ljava/lang/Runnable;", false);
        super.visitVarInsn(Opcodes.ASTORE, taskLocal);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        boolean requeuing = requeuingCall == Opcodes.INVOKESPECIAL ? opcode == Opcodes.INVOKESPECIAL
                : requeuingCall != 0 && opcode != Opcodes.INVOKESTATIC && opcode != Opcodes.INVOKESPECIAL;
        if (requeuing && PUTS.contains(name)
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
        super.visitMaxs(Math.max(maxStack, 1) + (requeuingCall != 0 ? 2 : 0), maxLocals);
    }
}
