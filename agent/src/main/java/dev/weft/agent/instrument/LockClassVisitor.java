package dev.weft.agent.instrument;

import dev.weft.agent.site.SiteRegistry;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Instruments the lock operations of every method of one class: {@link LockOperationVisitor} on each
 * body, and, when the class's shape may change, {@link SynchronizedMethodVisitor} on each
 * {@code synchronized} method, whose flag it clears; with hand-offs, {@link HandOffVisitor} on each body
 * and {@link MethodBracketVisitor} on the static initializer and on the bodies of tasks the JDK runs; in a
 * controlled run, {@link ModelledPoolVisitor} on each body (and the superclass it gives a pool's subclass);
 * last, {@link ExitHookHandlerVisitor} on each rewritten body, so that C1 compiles its {@code synchronized} blocks.
 */
final class LockClassVisitor extends ClassVisitor {

    private static final java.util.Set<String> TASK_CLASSES = java.util.Set.of(
            "java.util.concurrent.RecursiveTask", "java.util.concurrent.RecursiveAction",
            "java.util.concurrent.CountedCompleter", "java.util.concurrent.ForkJoinTask");

    /** The thread pools whose subclasses' {@code afterExecute} and {@code terminated} the pool's workers call. */
    private static final java.util.Set<String> POOL_CLASSES = java.util.Set.of(
            "java.util.concurrent.ThreadPoolExecutor", "java.util.concurrent.ScheduledThreadPoolExecutor");
    /** The JDK's blocking queues a pool may be given, whose application subclasses may put a rejected task back. */
    private static final java.util.Set<String> TASK_QUEUES = java.util.Set.of("java.util.concurrent.LinkedBlockingQueue",
            "java.util.concurrent.ArrayBlockingQueue", "java.util.concurrent.LinkedTransferQueue", "java.util.concurrent.SynchronousQueue",
            "java.util.concurrent.PriorityBlockingQueue", "java.util.concurrent.LinkedBlockingDeque");
    private static final String AFTER_EXECUTE = "afterExecute(Ljava/lang/Runnable;Ljava/lang/Throwable;)V";
    /**
     * What a {@code java.util.logging} handler of the JDK calls on its formatter inside its own lock ({@code publish},
     * {@code close}...), and the formatter classes of the JDK an application's formatter may extend.
     */
    private static final java.util.Set<String> FORMATTING = java.util.Set.of("format(Ljava/util/logging/LogRecord;)Ljava/lang/String;",
            "getHead(Ljava/util/logging/Handler;)Ljava/lang/String;", "getTail(Ljava/util/logging/Handler;)Ljava/lang/String;");
    private static final java.util.Set<String> FORMATTERS = java.util.Set.of(
            "java.util.logging.Formatter", "java.util.logging.SimpleFormatter", "java.util.logging.XMLFormatter");

    /**
     * Whether the JDK's logging handlers format a record inside their lock: {@code StreamHandler.publish} is
     * {@code synchronized} up to JDK 24; since JDK 25 (JDK-8349206) it formats before it locks, so two threads'
     * {@code format} calls may overlap and are not ordered. Looked up once, when a formatter is first met.
     */
    private static final class LockedFormatting {
        static final boolean JDK_HANDLERS = streamHandlerPublishSynchronized();

        private static boolean streamHandlerPublishSynchronized() {
            try {
                Class<?> record = Class.forName("java.util.logging.LogRecord", false, null);
                return java.lang.reflect.Modifier.isSynchronized(Class.forName("java.util.logging.StreamHandler", false, null)
                        .getMethod("publish", record).getModifiers());
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return false; // no java.logging module: no handler of the JDK calls a formatter
            }
        }
    }

    /** Methods the JDK's thread-safe classes call on the program's objects, by name and return type. */
    private static final java.util.Set<String> CALLBACKS = java.util.Set.of(
            "compareToI", "compareI", "getDelayJ", "equalsZ", "hashCodeI", "onAdvanceZ");
    /** How the parameters of each callback begin. */
    private static final java.util.Map<String, String> CALLBACK_PARAMETERS = java.util.Map.of(
            "compareTo", "(L", "compare", "(L", "getDelay", "(Ljava/util/concurrent/TimeUnit;)",
            "equals", "(Ljava/lang/Object;)", "hashCode", "()", "onAdvance", "(II)");

    private final SiteRegistry registry;
    private final CallSiteHooks hooks;
    private final HandOffSites handOffs;
    private final Rewrites rewrites;
    private final LockOperationScan locking;
    private final CollectionReceivers receivers;
    private int version;
    private String internalName;
    private String className;
    private String file;
    private String jdkSuperclass;
    private boolean modelledPools;

    /**
     * @param handOffs how the class's calls hand something over (checking collections' contents when {@code receivers} is given)
     * @param locking the methods that may hold a lock operation, the only ones rewritten (the others go to
     *                {@code next} as they are); {@code null} to rewrite every method
     * @param receivers where the receivers of calls on collections come from, with race detection; else {@code null}
     */
    LockClassVisitor(ClassVisitor next, SiteRegistry registry, CallSiteHooks hooks, HandOffSites handOffs, Rewrites rewrites,
                     LockOperationScan locking, CollectionReceivers receivers) {
        super(ClassReaders.ASM_API, next);
        this.registry = registry;
        this.hooks = hooks;
        this.handOffs = handOffs;
        this.rewrites = rewrites;
        this.locking = locking;
        this.receivers = receivers;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        this.runnableFuture = interfaces != null && !java.util.Collections.disjoint(RUNNABLE_FUTURES, java.util.Arrays.asList(interfaces));
        this.joiner = interfaces != null && java.util.Arrays.asList(interfaces).contains(JOINER);
        this.version = version;
        this.internalName = name;
        this.className = name.replace('/', '.');
        this.jdkSuperclass = null;
        this.modelledPools = rewrites.handOffs() && ModelledPoolVisitor.applies(version);
        super.visit(version, access, name, modelledPools ? ModelledPoolVisitor.signature(superName, signature) : signature,
                modelledPools ? ModelledPoolVisitor.superclass(superName) : superName, interfaces);
    }

    @Override
    public void visitSource(String source, String debug) {
        this.file = source;
        super.visitSource(source, debug);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        boolean synchronizedBody = rewrites.synchronizedMethods()
                && (access & Opcodes.ACC_SYNCHRONIZED) != 0
                && (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
        int newAccess = synchronizedBody ? access & ~Opcodes.ACC_SYNCHRONIZED : access;
        MethodVisitor next = super.visitMethod(newAccess, name, descriptor, signature, exceptions);
        if (next == null || locking != null && !locking.mayLock(name, descriptor)) {
            return next; // the writer itself: it copies the method's bytes without parsing them
        }
        next = new ExitHookHandlerVisitor(next, (version & 0xFFFF) >= Opcodes.V1_6);
        MethodSites sites = new MethodSites(registry, className, MethodReferenceBridges.reportedName(name), file);
        MethodBracketVisitor.Bracket bracket = bracketOf(access, name, descriptor);
        if (bracket != null) {
            next = new MethodBracketVisitor(next, sites, bracket, internalName, version);
        }
        if (rewrites.handOffs() && name.endsWith("Execute") && POOL_CLASSES.contains(jdkSuperclass())) {
            next = ExecutedTaskVisitor.of(next, access, name, descriptor); // execute(task) gave the pool weft's wrapper
        }
        if (rewrites.memoryAccesses() && SuperLockCallVisitor.mayCallSuper(name) && (access & Opcodes.ACC_STATIC) == 0
                && jdkSuperclass().equals("java.util.concurrent.locks.ReentrantLock")) {
            next = new SuperLockCallVisitor(next, sites);
        }
        if (synchronizedBody) {
            next = new SynchronizedMethodVisitor(next, sites, internalName, name + descriptor,
                    (access & Opcodes.ACC_STATIC) != 0, version);
        }
        if (modelledPools) {
            next = new ModelledPoolVisitor(next, sites); // after HandOffVisitor, which sees the calls as they were
        }
        if (rewrites.handOffs() || rewrites.wrapperCalls()) {
            next = new SemaphoreReceiverVisitor(next, registry, hooks.loader()); // after the visitors that link semaphore calls
        }
        if (rewrites.handOffs()) {
            boolean lambdaBody = (access & Opcodes.ACC_SYNTHETIC) != 0 && name.startsWith("lambda$");
            int capturedSlots = lambdaBody ? (Type.getArgumentsAndReturnSizes(descriptor) >> 2) - ((access & Opcodes.ACC_STATIC) != 0 ? 1 : 0) : 0;
            next = HandOffVisitor.of(next, sites, handOffs, version,
                    receivers == null ? null : receivers.of(name, descriptor), capturedSlots,
                    receivers == null ? null : receivers.handedOnIterators(name, descriptor));
        }
        if (rewrites.handOffs() && (version & 0xFFFF) >= Opcodes.V1_7) {
            next = new CaughtInterruptVisitor(next, sites); // an InterruptedException caught as Exception, Throwable, in a finally
        }
        if (rewrites.handOffs() && ExecutedTaskVisitor.mayReject(descriptor)) {
            // a RejectedExecutionHandler's (a lambda's body too); before HandOffVisitor, which sees its queue calls as passed on
            next = ExecutedTaskVisitor.ofRejection(next, access, descriptor);
        }
        if (rewrites.handOffs() && TASK_QUEUES.contains(jdkSuperclass())) {
            next = ExecutedTaskVisitor.ofQueueSubclass(next, access); // super.offer(task) may put a rejected task back; before HandOffVisitor too
        }
        if (rewrites.wrapperCalls() && (version & 0xFFFF) >= Opcodes.V1_7) { // an invokedynamic needs a class file of Java 7 or later
            next = new SemaphoreCallVisitor(new StampCallVisitor(new WrapperCallVisitor(next, sites), sites), sites);
        }
        return new LockOperationVisitor(next, sites, hooks);
    }

    /** The nearest superclass of the class that is the JDK's, or {@code ""}; looked up once, when first needed. */
    private String jdkSuperclass() {
        if (jdkSuperclass == null) {
            String found = hooks.jdkSuperclass(internalName);
            jdkSuperclass = found == null ? "" : found;
        }
        return jdkSuperclass;
    }

    /** The task types a pool subclass's {@code decorateTask}/{@code newTaskFor} may return, which its workers run. */
    private static final java.util.Set<String> RUNNABLE_FUTURES = java.util.Set.of(
            "java/util/concurrent/RunnableFuture", "java/util/concurrent/RunnableScheduledFuture");
    /** Whether the class implements one of them itself. */
    private boolean runnableFuture;

    /** The policy of a structured task scope (JDK 25 preview), whose {@code onComplete} each subtask's thread calls. */
    private static final String JOINER = "java/util/concurrent/StructuredTaskScope$Joiner";
    private static final String ON_COMPLETE = "onComplete(Ljava/util/concurrent/StructuredTaskScope$Subtask;)Z";
    /** Whether the class implements {@link #JOINER} itself (else a superclass of the program's may, which is looked up). */
    private boolean joiner;

    /** A {@code CountedCompleter}'s completion methods, which the thread that completes it calls. */
    private static final java.util.Set<String> COMPLETIONS = java.util.Set.of("onCompletion(Ljava/util/concurrent/CountedCompleter;)V",
            "onExceptionalCompletion(Ljava/lang/Throwable;Ljava/util/concurrent/CountedCompleter;)Z");

    /** {@code CompletableFuture.defaultExecutor()}, which a subclass may override to run its async stages elsewhere. */
    private static final String DEFAULT_EXECUTOR = "()Ljava/util/concurrent/Executor;";

    /** {@code ForkJoinWorkerThreadFactory.newThread}, which the JDK calls to make a fork/join pool's worker. */
    private static final String MAKES_WORKER = "(Ljava/util/concurrent/ForkJoinPool;)Ljava/util/concurrent/ForkJoinWorkerThread;";

    /**
     * Which hooks bracket this method: a static initializer's, and the methods the JDK's thread-safe
     * classes call back ({@code compareTo}, {@code equals}..., a {@code Phaser}'s {@code onAdvance}), for
     * race detection; the body of a task the
     * JDK runs, for hand-offs: {@code compute()} of a {@code ForkJoinTask} ({@code RecursiveTask},
     * {@code RecursiveAction}...), {@code exec()} of a direct {@code ForkJoinTask} subclass,
     * {@code onCompletion}/{@code onExceptionalCompletion} of a {@code CountedCompleter}, the acquire on entry
     * to a task's {@code getRawResult()} and the release on exit from its {@code setRawResult(..)}, {@code run()} of a {@code TimerTask}, {@code terminated()} of a
     * {@code ThreadPoolExecutor}; and its {@code afterExecute}, which only releases into the pool (what it
     * did happens before {@code awaitTermination} returns); the result of a fork/join worker factory's
     * {@code newThread}, whose worker the JDK starts; {@code format}, {@code getHead} and {@code getTail} of a
     * {@code java.util.logging.Formatter}, which a handler calls inside its lock up to JDK 24, as a task body of the formatter;
     * {@code childValue} of an {@code InheritableThreadLocal}, as a task body of the thread-local; {@code onComplete} of a
     * structured task scope's {@code Joiner} (JDK 25 preview), which each subtask's thread calls after its task and which
     * only releases into the joiner, and the acquire on entry to its {@code result()}, which {@code join()} calls once
     * every subtask's thread has ended; the result of a {@code CompletableFuture} subclass's {@code defaultExecutor()},
     * where its async stages run. Else {@code null}.
     */
    private MethodBracketVisitor.Bracket bracketOf(int access, String name, String descriptor) {
        if (name.equals("<clinit>")) {
            return rewrites.memoryAccesses() ? MethodBracketVisitor.Bracket.CLASS_INIT : null;
        }
        if (rewrites.memoryAccesses() && (access & (Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT)) == 0
                && CALLBACKS.contains(name + descriptor.substring(descriptor.lastIndexOf(')') + 1))
                && descriptor.startsWith(CALLBACK_PARAMETERS.get(name))) {
            return name.equals("hashCode") ? MethodBracketVisitor.Bracket.HASH_CALLBACK : MethodBracketVisitor.Bracket.CALLBACK;
        }
        boolean instance = (access & (Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_BRIDGE)) == 0;
        boolean body = instance && descriptor.startsWith("()") && (name.equals("compute") || name.equals("run") && descriptor.equals("()V")
                || name.equals("exec") && descriptor.equals("()Z"));
        boolean completion = instance && COMPLETIONS.contains(name + descriptor);
        boolean result = instance && name.equals("getRawResult") && descriptor.startsWith("()")
                && Type.getReturnType(descriptor).getSort() == Type.OBJECT;
        boolean resultSet = instance && name.equals("setRawResult") && descriptor.endsWith(")V")
                && Type.getArgumentTypes(descriptor).length == 1 && Type.getArgumentTypes(descriptor)[0].getSort() >= Type.ARRAY;
        boolean poolHook = instance && (name.equals("terminated") && descriptor.equals("()V") || AFTER_EXECUTE.equals(name + descriptor));
        boolean decorates = instance && (name.equals("decorateTask") || name.equals("newTaskFor"))
                && descriptor.endsWith("Future;") && Type.getReturnType(descriptor).getSort() == Type.OBJECT;
        if (rewrites.handOffs() && instance && (ON_COMPLETE.equals(name + descriptor) || name.equals("result") && descriptor.startsWith("()"))
                && (joiner || hooks.isA(internalName, JOINER))) {
            // onComplete runs in each subtask's thread after its task, result() in the owner's join() once every subtask's thread
            // ended: what onComplete did is released into the joiner (two subtasks' calls stay unordered), and result() acquires it
            return name.equals("result") ? MethodBracketVisitor.Bracket.RESULT : MethodBracketVisitor.Bracket.TASK_END;
        }
        if (rewrites.handOffs() && instance && name.equals("newThread") && descriptor.equals(MAKES_WORKER)) {
            return MethodBracketVisitor.Bracket.WORKER_MADE; // a fork/join worker factory's, the common pool's too
        }
        if (rewrites.handOffs() && instance && name.equals("defaultExecutor") && descriptor.equals(DEFAULT_EXECUTOR)) {
            return jdkSuperclass().equals("java.util.concurrent.CompletableFuture") ? MethodBracketVisitor.Bracket.DEFAULT_EXECUTOR : null;
        }
        boolean formatting = instance && FORMATTING.contains(name + descriptor);
        boolean inherited = instance && name.equals("childValue") && Type.getArgumentTypes(descriptor).length == 1
                && Type.getArgumentTypes(descriptor)[0].getSort() >= Type.ARRAY && Type.getReturnType(descriptor).getSort() >= Type.ARRAY;
        if (!rewrites.handOffs() || !body && !poolHook && !completion && !decorates && !result && !resultSet && !formatting
                && !inherited) {
            return null;
        }
        String superclass = jdkSuperclass();
        if (inherited) {
            // run by a thread making another, which may be one the JDK started unseen (a fork/join worker): one
            // thread-local's calls are ordered with each other, so a value copied for a thread is ordered before its next copy
            return superclass.equals("java.lang.InheritableThreadLocal") ? MethodBracketVisitor.Bracket.TASK : null;
        }
        if (formatting) {
            // a handler formats inside its lock (up to JDK 24): the calls of one formatter are ordered with each other through it
            return FORMATTERS.contains(superclass) && LockedFormatting.JDK_HANDLERS ? MethodBracketVisitor.Bracket.TASK : null;
        }
        if (decorates) {
            // called inside execute/submit/schedule, after their release: the worker runs what they return
            return POOL_CLASSES.contains(superclass) || superclass.equals("java.util.concurrent.AbstractExecutorService")
                    ? MethodBracketVisitor.Bracket.HANDED_OVER : null;
        }
        if (name.equals("run") && descriptor.equals("()V")
                && (runnableFuture || superclass.equals("java.util.concurrent.FutureTask"))) {
            return MethodBracketVisitor.Bracket.DECORATED; // a decorated task a pool's worker runs
        }
        if (completion) {
            // run by the thread whose tryComplete() brought the pending count to zero: each child's released this task
            return superclass.equals("java.util.concurrent.CountedCompleter") ? MethodBracketVisitor.Bracket.COMPLETION : null;
        }
        if (result) {
            // called by join/invoke/get in the waiting thread, inside the call, before its acquire of the task
            return TASK_CLASSES.contains(superclass) ? MethodBracketVisitor.Bracket.RESULT : null;
        }
        if (resultSet) {
            // called by complete(value) in the completing thread, inside the call, after its release of the task
            return TASK_CLASSES.contains(superclass) ? MethodBracketVisitor.Bracket.RESULT_SET : null;
        }
        if (poolHook) {
            // a worker calls them: afterExecute after its task ended, terminated() once every worker has ended
            return !POOL_CLASSES.contains(superclass) ? null : name.equals("terminated")
                    ? MethodBracketVisitor.Bracket.TASK : MethodBracketVisitor.Bracket.TASK_END;
        }
        boolean task = !name.equals("run") ? superclass.startsWith("java.util.concurrent.")
                && TASK_CLASSES.contains(superclass) : superclass.equals("java.util.TimerTask");
        return task ? MethodBracketVisitor.Bracket.TASK : null;
    }
}
