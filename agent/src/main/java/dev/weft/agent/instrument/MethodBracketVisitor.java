package dev.weft.agent.instrument;

import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Brackets a method body with two {@code Weft} hooks: one when it begins, one before each return.
 *
 * <p>The closing hook also runs when the body throws, from a catch-all handler appended to the method
 * (registered last, so the method's own handlers are tried first): a failed class initialization must not
 * leave the thread marked as initializing, and a task that fails hands over what it did before, as the JDK
 * does (a fork/join task's exceptional completion happens before the {@code join} that rethrows it). A
 * {@link Bracket#TASK task body} passes {@code this} to both hooks; one that stores into local 0 (no
 * compiler of Java does) has no handler, since its {@code this} is not known there.
 */
final class MethodBracketVisitor extends HookingMethodVisitor {

    /** Which hooks bracket the body. */
    enum Bracket {
        /** {@code <clinit>}: {@code Weft.classInitStarted(site)} and {@code classInitEnded(site)}. */
        CLASS_INIT("classInitStarted", "classInitEnded", "(I)V"),
        /**
         * The body of a task run by the JDK ({@code ForkJoinTask.compute}, {@code TimerTask.run}):
         * {@code Weft.taskBegan(this, site)} and {@code taskEnded(this, site)}.
         */
        TASK("taskBegan", "taskEnded", "(Ljava/lang/Object;I)V"),
        /**
         * {@code onCompletion}/{@code onExceptionalCompletion} of a {@code CountedCompleter}: {@code Weft.taskBegan(this, site)}
         * and {@code completionEnded(this, site)}, which also releases the task's completers.
         */
        COMPLETION("taskBegan", "completionEnded", "(Ljava/lang/Object;I)V"),
        /**
         * {@code getRawResult()} of a {@code ForkJoinTask} or {@code CountedCompleter}, which {@code join}, {@code invoke}
         * and {@code get} call in the waiting thread once the task completed, before they return: only
         * {@code Weft.taskBegan(this, site)}, an acquire of what the task's body and completion released. Also
         * {@code result()} of a structured task scope's {@code Joiner}, which {@code join()} calls in the owner.
         */
        RESULT("taskBegan", null, "(Ljava/lang/Object;I)V"),
        /**
         * {@code setRawResult(..)} of a {@code ForkJoinTask} or {@code CountedCompleter}, which {@code complete(value)}
         * calls in the completing thread, after that call's release and before the task is done: only
         * {@code Weft.completionEnded(this, site)} when it returns or throws, a release of the task (and of its
         * completers, which the JDK goes on to complete), so that what it stores is ordered before a {@code join}.
         */
        RESULT_SET(null, "completionEnded", "(Ljava/lang/Object;I)V"),
        /**
         * {@code decorateTask}/{@code newTaskFor} of a pool subclass, whose result the pool's worker runs: before it
         * returns, {@code Weft.taskHandedOver(result, site)}, a release into the result, which its {@code run()}
         * acquires (a {@link #DECORATED} body when the result's class is the program's). Nothing when it throws.
         */
        HANDED_OVER(null, "taskHandedOver", "(Ljava/lang/Object;I)V"),
        /**
         * {@code newThread(ForkJoinPool)} of the program's fork/join worker factory, which the JDK may call from any
         * thread (the common pool's factory, named by a system property, is made by the JDK): before it returns,
         * {@code Weft.workerMade(result, site)}, the new worker's start as the race detector sees it. Nothing when it throws.
         */
        WORKER_MADE(null, "workerMade", "(Ljava/lang/Object;I)V"),
        /**
         * {@code defaultExecutor()} of the program's {@code CompletableFuture} subclass, which the JDK calls on a stage
         * inside an async call made without an executor, before it hands the task to the result: before it returns,
         * {@code Weft.defaultExecutorChosen(result, this, site)}. Nothing when it throws.
         */
        DEFAULT_EXECUTOR(null, "defaultExecutorChosen", "(Ljava/lang/Object;Ljava/lang/Object;I)V"),
        /** {@code run()} of the program's own {@code RunnableFuture}: a {@link #TASK} body that also acquires the object itself. */
        DECORATED("decoratedTaskBegan", "taskEnded", "(Ljava/lang/Object;I)V"),
        /**
         * A method a pool's worker calls after a task ({@code ThreadPoolExecutor.afterExecute}; a {@code Joiner}'s
         * {@code onComplete}, in each subtask's thread): only {@code Weft.taskEnded(this, site)}, so that two workers'
         * calls stay unordered with each other.
         */
        TASK_END(null, "taskEnded", "(Ljava/lang/Object;I)V"),
        /**
         * A method the JDK's thread-safe classes call on the program's objects inside their own methods
         * ({@code compareTo}, {@code compare}, {@code getDelay}, {@code equals}, {@code hashCode}, a
         * {@code Phaser}'s {@code onAdvance}):
         * {@code Weft.callbackEntered(site)} and {@code callbackExited(site)}.
         */
        CALLBACK("callbackEntered", "callbackExited", "(I)V"),
        /**
         * {@code hashCode()}: a {@link #CALLBACK} whose begin is {@code Weft.hashCodeEntered(site)}, which a
         * {@code ConcurrentHashMap} call's key hashed before the map synchronizes does not order after the map.
         */
        HASH_CALLBACK("hashCodeEntered", "callbackExited", "(I)V");

        final String begin;
        final String end;
        final String descriptor;

        /** Whether the hooks take {@code this} (a task's). */
        boolean onThis() {
            return descriptor.startsWith("(Ljava/lang/Object;") && !onResult();
        }

        /** Whether the end hook takes the method's result, and only when it returns one. */
        boolean onResult() {
            return this == HANDED_OVER || this == WORKER_MADE || this == DEFAULT_EXECUTOR;
        }

        Bracket(String begin, String end, String descriptor) {
            this.begin = begin;
            this.end = end;
            this.descriptor = descriptor;
        }
    }

    /**
     * The most the hooks add to the operand stack: {@code this} and the site (above the thrown exception, in the
     * handler), or the result, {@code this} and the site (above the result, before a return).
     */
    private static final int EXTRA_STACK = 3;

    private final Bracket bracket;
    private final String owner;
    private final boolean needsFrames;
    private boolean storesIntoThis;
    private final Label start = new Label();
    private int site;

    /** @param owner the internal name of the method's class, the type of {@code this} in a task body */
    MethodBracketVisitor(MethodVisitor next, MethodSites sites, Bracket bracket, String owner, int classVersion) {
        super(next, sites);
        this.bracket = bracket;
        this.owner = owner;
        this.needsFrames = (classVersion & 0xFFFF) >= Opcodes.V1_6;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        site = newSite();
        if (bracket.begin != null) {
            hook(bracket.begin);
        }
        super.visitLabel(start);
    }

    @Override
    public void visitInsn(int opcode) {
        if (bracket.onResult() && opcode == Opcodes.ARETURN) {
            super.visitInsn(Opcodes.DUP);
            if (bracket == Bracket.DEFAULT_EXECUTOR) {
                super.visitVarInsn(Opcodes.ALOAD, 0); // the stage the JDK asked
            }
            callHook(bracket.end, bracket.descriptor, site);
        } else if (bracket.end != null && !bracket.onResult() && opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
            hook(bracket.end);
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        storesIntoThis |= varIndex == 0 && opcode >= Opcodes.ISTORE && opcode <= Opcodes.ASTORE;
        super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        boolean usesThis = bracket.onThis();
        if (bracket.end != null && !bracket.onResult() && (!usesThis || !storesIntoThis)) {
            Label end = new Label();
            Label handler = new Label();
            super.visitLabel(end);
            super.visitLabel(handler);
            if (needsFrames) {
                Object[] locals = usesThis ? new Object[] {owner} : new Object[0];
                super.visitFrame(Opcodes.F_FULL, locals.length, locals, 1, new Object[] {"java/lang/Throwable"});
            }
            hook(bracket.end);
            super.visitInsn(Opcodes.ATHROW);
            super.visitTryCatchBlock(start, end, handler, null);
        }
        // the handler holds the exception beneath the hook's arguments, even in a method whose own code uses no stack
        // (an empty setRawResult(Void), as Caffeine's cleanup task has)
        super.visitMaxs(Math.max(maxStack, 1) + EXTRA_STACK, maxLocals);
    }

    private void hook(String name) {
        if (bracket.onThis()) {
            super.visitVarInsn(Opcodes.ALOAD, 0);
        }
        callHook(name, bracket.descriptor, site);
    }
}
