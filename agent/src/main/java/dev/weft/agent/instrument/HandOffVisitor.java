package dev.weft.agent.instrument;

import dev.weft.runtime.ArrayCalls;
import dev.weft.runtime.HandOffCalls;
import dev.weft.runtime.UnsafeFields;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Rewrites the calls of a method body that hand something over between threads, as {@link HandOffSites}
 * decides: most become an {@code invokedynamic} linked by {@link HandOffCalls}; the thread signals get
 * their hooks around the original call.
 *
 * <p>Only class files of version 51 (Java 7) or later are rewritten: older ones cannot hold an
 * {@code invokedynamic}, and keep their calls as they are.
 */
final class HandOffVisitor extends HookingMethodVisitor {

    private static final String RUNTIME = Type.getInternalName(HandOffCalls.class);
    private static final String HAND_OFF_CALLS = Type.getInternalName(HandOffCalls.class);
    private static final String UNSAFE_FIELDS = Type.getInternalName(UnsafeFields.class);
    private static final String OFFSET_MADE = "(Ljava/lang/reflect/Field;J)V";
    private static final String BLOCKING_CALLS = Type.getInternalName(dev.weft.runtime.BlockingCalls.class);
    private static final String SPLITERATORS = Type.getInternalName(dev.weft.runtime.HandedOffSpliterators.class);
    private static final String MODELLED_POOLS = Type.getInternalName(dev.weft.runtime.ModelledPools.class);
    private static final String HTTP_SERVERS = Type.getInternalName(dev.weft.runtime.HttpServers.class);
    private static final String MADE_THREADS = Type.getInternalName(dev.weft.runtime.MadeThreads.class);
    private static final String WORKER_FACTORY = "Ljava/util/concurrent/ForkJoinPool$ForkJoinWorkerThreadFactory;";
    private static final String WRAPS_WORKER_FACTORY = "(" + WORKER_FACTORY + "I)" + WORKER_FACTORY;
    private static final String WRAPS_FACTORY = "(Ljava/util/concurrent/ThreadFactory;I)Ljava/util/concurrent/ThreadFactory;";
    private static final String FLOW_SUBSCRIBERS = Type.getInternalName(dev.weft.runtime.FlowSubscribers.class);
    private static final String WRAPS_SUBSCRIBER = "(Ljava/lang/Object;Ljava/util/concurrent/Flow$Subscriber;I)Ljava/util/concurrent/Flow$Subscriber;";
    private static final String CONCURRENT_GATHERERS = Type.getInternalName(dev.weft.runtime.ConcurrentGatherers.class);
    private static final String BOOTSTRAP_PREFIX = "(" + Type.getDescriptor(MethodHandles.Lookup.class)
            + Type.getDescriptor(String.class) + Type.getDescriptor(MethodType.class);
    private static final String RETURNS_CALL_SITE = ")" + Type.getDescriptor(CallSite.class);
    private static final Handle CALL = bootstrap("call", Type.getDescriptor(MethodHandle.class) + "II");
    private static final Handle CALL_TAKING_CONTENTS = bootstrap("callTakingContents", Type.getDescriptor(MethodHandle.class) + "III");
    private static final Handle VAR_HANDLE = bootstrap("varHandle", "I");
    private static final Handle METHOD_HANDLE = bootstrap("methodHandle", "I");
    private static final Handle CONCAT = bootstrap("concat", "ILjava/lang/String;[Ljava/lang/Object;");
    private static final Handle SUBMIT = bootstrap("submit", Type.getDescriptor(MethodHandle.class) + "II");
    private static final Handle FIELD_HANDLE = bootstrap("fieldHandle", Type.getDescriptor(MethodHandle.class) + "I");
    private static final Handle TASKS = bootstrap("tasks", Type.getDescriptor(MethodHandle.class) + "II");
    private static final String ARRAY_CALLS = Type.getInternalName(ArrayCalls.class);
    private static final String COLLECTION_CONTENTS = Type.getInternalName(dev.weft.runtime.CollectionContents.class);
    private static final String ITERATOR_CALLED = "(Ljava/lang/Object;ZI)V";
    private static final String WEFT = Type.getInternalName(dev.weft.runtime.Weft.class);
    private static final String INTERRUPTED_EXCEPTION = "java/lang/InterruptedException";
    private static final String ON_OBJECT = "(Ljava/lang/Object;I)V";
    private static final String SEEN = "(Ljava/lang/Object;ZI)Z";
    private static final String STATE_SEEN = "(Ljava/lang/Object;Ljava/lang/Thread$State;I)Ljava/lang/Thread$State;";
    private static final String BARRIER_ACTION = "(Ljava/lang/Runnable;I)Ljava/lang/Runnable;";
    private static final String CALLBACK_COMPARATOR = "(Ljava/util/Comparator;I)Ljava/util/Comparator;";
    private static final String CREATED = "(Ljava/lang/Object;Ljava/lang/Object;)V";
    private static final String FUTURE_TASK_CALLABLE = "(Ljava/util/concurrent/Callable;I)Ljava/util/concurrent/Callable;";
    private static final String UPDATER_MADE = "(Ljava/lang/Object;Ljava/lang/Class;Ljava/lang/String;)V";
    private static final String FUTURE_TASK_RUNNABLE = "(Ljava/lang/Runnable;I)Ljava/lang/Runnable;";

    /** The most a rewrite adds to the operand stack: a field and a copy of its offset ({@code objectFieldOffset}). */
    private static final int EXTRA_STACK = 3;

    private final HandOffSites handOffs;
    private final CollectionReceivers.Calls receivers;
    private final Set<Label> interruptHandlers = new HashSet<>();
    /** The types of the {@code new} instructions whose constructor call is still to come, innermost first. */
    private final Deque<String> pendingNews = new ArrayDeque<>();
    private boolean handlerBegins;
    private boolean rewritten;
    /**
     * The constants of the {@code ldc} instructions just before the current one, in order; cleared by any
     * other instruction and at jump targets.
     */
    private final List<Object> constants = new ArrayList<>();
    /** How many local slots hold the parameters of a lambda's body (the variables it captured first), else 0. */
    private final int capturedSlots;
    /** The local slots that hold an iterator handed on ({@link HandedOnIterators}), or null for none. */
    private final java.util.BitSet handedOnIterators;
    /**
     * Where the last instruction took the reference it left on the stack, when another thread may hold it too: the
     * owner of the field it was read from ({@link #sharedField} its name), {@code ""} for a lambda body's parameter, a
     * local that holds an iterator handed on or an array's element; a cast keeps it; else {@code null}.
     */
    private String sharedReference;
    private String sharedField;
    /** The owner and name of the field the last {@code getfield}/{@code getstatic} read, for a volatile read's hook after it. */
    private String lastFieldOwner;
    private String lastFieldName;

    private HandOffVisitor(MethodVisitor next, MethodSites sites, HandOffSites handOffs, CollectionReceivers.Calls receivers,
                           int capturedSlots, java.util.BitSet handedOnIterators) {
        super(next, sites);
        this.handOffs = handOffs;
        this.receivers = receivers;
        this.capturedSlots = capturedSlots;
        this.handedOnIterators = handedOnIterators;
    }

    /**
     * The visitor for a method of a class file of this version: {@code next} itself when it cannot be rewritten.
     *
     * @param receivers where the receivers of the method's calls on collections come from, or {@code null}
     * @param capturedSlots for a lambda's body, the local slots of its parameters; else 0
     * @param handedOnIterators the local slots that hold an iterator handed on, or null for none
     */
    static MethodVisitor of(MethodVisitor next, MethodSites sites, HandOffSites handOffs, int classVersion,
                            CollectionReceivers.Calls receivers, int capturedSlots, java.util.BitSet handedOnIterators) {
        return (classVersion & 0xFFFF) >= Opcodes.V1_7
                ? new HandOffVisitor(next, sites, handOffs, receivers, capturedSlots, handedOnIterators) : next;
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
        if (INTERRUPTED_EXCEPTION.equals(type)) {
            interruptHandlers.add(handler);
        }
        super.visitTryCatchBlock(start, end, handler, type);
    }

    /**
     * A handler of {@code InterruptedException} receives the interrupt: it acquires the current thread, which
     * {@code interrupt()} released, and what {@code shutdownNow()} and {@code cancel(true)} released. The hook goes after the handler's stack map frame (every handler of a
     * class file of version 50 or later has one).
     */
    @Override
    public void visitLabel(Label label) {
        super.visitLabel(label);
        if (interruptHandlers.contains(label)) {
            handlerBegins = true;
        }
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        constants.clear(); // a jump target (each has a frame here): the stack may come from elsewhere
        sharedReference = null;
        super.visitFrame(type, numLocal, local, numStack, stack);
        if (handlerBegins) {
            handlerBegins = false;
            callHook("interruptReceived", "(I)V", newSite());
            rewritten = true;
        }
    }

    @Override
    public void visitLdcInsn(Object value) {
        constants.add(value);
        sharedReference = null;
        super.visitLdcInsn(value);
    }

    @Override
    public void visitInsn(int opcode) {
        constants.clear();
        if (opcode == Opcodes.AALOAD) { // an array's element: whoever filled the array may hold it too
            sharedReference = "";
        } else if (opcode != Opcodes.DUP) { // a copy of the reference is the same reference (an iterator's next() is given its copy)
            sharedReference = null;
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        constants.clear();
        sharedReference = null;
        super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        constants.clear();
        boolean shared = varIndex < capturedSlots || handedOnIterators != null && handedOnIterators.get(varIndex);
        sharedReference = opcode == Opcodes.ALOAD && shared ? "" : null;
        super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        constants.clear();
        sharedReference = opcode == Opcodes.GETFIELD || opcode == Opcodes.GETSTATIC ? owner : null;
        sharedField = name;
        if (sharedReference != null) {
            lastFieldOwner = owner;
            lastFieldName = name;
        }
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        constants.clear();
        sharedReference = null;
        super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
        constants.clear();
        sharedReference = null;
        super.visitIincInsn(varIndex, increment);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        constants.clear();
        sharedReference = null;
        super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        constants.clear();
        sharedReference = null;
        super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        constants.clear();
        sharedReference = null;
        super.visitMultiANewArrayInsn(descriptor, numDimensions);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        constants.clear();
        sharedReference = null;
        if (bootstrap.getOwner().equals(ARRAY_CALLS) && arguments.length == 3 && arguments[0] instanceof Handle original
                && (original.getOwner().startsWith("java/nio/") || JdkObjectCalls.covers(original.getOwner()))) {
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, withReceiverCheck(original, arguments));
            return;
        }
        if (handOffs.checksConcatenation(bootstrap, descriptor)) {
            int site = newSite();
            contentsCall(site, "toString", null);
            Object[] withSite = new Object[arguments.length + 1];
            withSite[0] = site;
            System.arraycopy(arguments, 0, withSite, 1, arguments.length);
            super.visitInvokeDynamicInsn(name, descriptor, CONCAT, withSite);
            return;
        }
        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
    }

    /**
     * Stack {@code [iterator, action]} stays: before an iterator's {@code forEachRemaining(action)} or a spliterator's
     * {@code tryAdvance(action)} or {@code forEachRemaining(action)} ({@code name}), a write of the iterator or
     * spliterator ({@code CollectionContents.iteratorCalled}), whatever its source.
     */
    private void cursorMoved(String name) {
        int site = newSite();
        contentsCall(site, name, null);
        super.visitInsn(Opcodes.SWAP);
        super.visitInsn(Opcodes.DUP_X1);
        super.visitInsn(Opcodes.ICONST_1);
        super.visitLdcInsn(site);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, COLLECTION_CONTENTS, "iteratorCalled", ITERATOR_CALLED, false);
        rewritten = true;
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        constants.clear();
        if (opcode != Opcodes.CHECKCAST) { // a cast reference is the same reference: (Iterator<T>) field
            sharedReference = null;
        }
        if (opcode == Opcodes.NEW) {
            pendingNews.push(type);
        }
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        List<Object> arguments = List.copyOf(constants);
        constants.clear();
        if (opcode == Opcodes.INVOKESTATIC && owner.equals(WEFT) && name.equals("volatileRead")) {
            // the hook after a volatile getfield/getstatic (MemoryAccessVisitor): the value on the stack is the field's
            sharedReference = lastFieldOwner;
            sharedField = lastFieldName;
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        if (handOffs.drainsIterator(owner, name, descriptor) || handOffs.advancesSpliterator(owner, name, descriptor)) {
            cursorMoved(name);
        }
        if (sharedReference != null && handOffs.steppedIteratorShared(owner, name, descriptor)) {
            iteratorStep(name, sharedReference.isEmpty() ? null : sharedReference.replace('/', '.') + "." + sharedField);
        }
        sharedReference = null;
        boolean ofNew = name.equals("<init>") && !pendingNews.isEmpty() && pendingNews.peek().equals(owner);
        if (ofNew) {
            pendingNews.pop();
        }
        HandOffSites.Rewrite rewrite = handOffs.of(opcode, owner, name, descriptor);
        if (name.equals("<init>") && !ofNew) {
            // super(..) or this(..): the object is not on the stack twice; a pool's super(..) wraps its factory after
            rewrite = rewrite.kind() == HandOffSites.Kind.THREAD_POOL ? new HandOffSites.Rewrite(HandOffSites.Kind.SUPER_POOL, 0)
                    : rewrite.kind() == HandOffSites.Kind.FUTURE_TASK ? new HandOffSites.Rewrite(HandOffSites.Kind.SUPER_FUTURE_TASK, 0)
                    : rewrite.kind() == HandOffSites.Kind.FORK_JOIN_FACTORY ? rewrite
                    : HandOffSites.Rewrite.NONE;
        }
        CollectionReceivers.Receiver receiver = null;
        if (rewrite.checksContents()) {
            receiver = receivers == null ? null : receivers.next(owner, name);
            if (receiver != null && receiver.fresh()) {
                rewrite = rewrite.withoutContents(); // a new object no other thread can see yet
            }
        }
        if (rewrite.kind() == HandOffSites.Kind.NONE) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        int site = newSite();
        if (handOffs.interruptsWorkers(owner, name, descriptor)) {
            callHook("interruptingWorkers", "(I)V", site);
        }
        if (rewrite.checksReceiver()) {
            contentsCall(site, name, receiver == null ? null : receiver.heldIn());
        }
        int argumentSite = -1;
        if (rewrite.checksArgument()) {
            argumentSite = newSite();
            contentsCall(argumentSite, name, receiver == null ? null : receiver.argumentIn());
        }
        Handle original = new Handle(handleKind(opcode), owner, name, descriptor, isInterface);
        String indyDescriptor = opcode == Opcodes.INVOKESTATIC ? descriptor
                : "(" + Type.getObjectType(owner).getDescriptor() + descriptor.substring(1);
        switch (rewrite.kind()) {
            case CALL -> {
                if (argumentSite >= 0) {
                    super.visitInvokeDynamicInsn(name, indyDescriptor, CALL_TAKING_CONTENTS, original, site, rewrite.plan(), argumentSite);
                } else {
                    super.visitInvokeDynamicInsn(name, indyDescriptor, CALL, original, site, rewrite.plan());
                }
            }
            case VAR_HANDLE -> super.visitInvokeDynamicInsn(name, indyDescriptor, VAR_HANDLE, site);
            case METHOD_HANDLE -> super.visitInvokeDynamicInsn(name, indyDescriptor, METHOD_HANDLE, site);
            case SUBMIT -> super.visitInvokeDynamicInsn(name, indyDescriptor, SUBMIT, original, site,
                    opcode == Opcodes.INVOKESTATIC ? 0 : 1);
            case TASKS -> super.visitInvokeDynamicInsn(name, indyDescriptor, TASKS, original, site, rewrite.plan());
            case FIELD_HANDLE -> super.visitInvokeDynamicInsn(name, indyDescriptor, FIELD_HANDLE, original, site);
            case FIELD_UPDATER -> {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                int count = Type.getArgumentTypes(descriptor).length;
                if (arguments.size() >= count && arguments.get(arguments.size() - count) instanceof Type type
                        && arguments.get(arguments.size() - 1) instanceof String field) { // newUpdater(Foo.class, [..,] "field")
                    super.visitInsn(Opcodes.DUP);
                    super.visitLdcInsn(type);
                    super.visitLdcInsn(field);
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, HAND_OFF_CALLS, "updaterMade", UPDATER_MADE, false);
                }
            }
            case RELEASE_THREAD -> {
                if (name.equals("interrupt")) {
                    super.visitInsn(Opcodes.DUP);
                    callHook("interrupting", ON_OBJECT, site);
                }
                super.visitInsn(Opcodes.DUP);
                callHook("releasing", ON_OBJECT, site);
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
            case ACQUIRE_CURRENT_THREAD -> { // LockSupport.park*(..): BlockingCalls.park*(.., site), all void
                super.visitLdcInsn(site);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, BLOCKING_CALLS, name,
                        descriptor.substring(0, descriptor.length() - 2) + "I)V", false);
                currentThread();
                callHook("acquired", ON_OBJECT, site);
            }
            case POOL -> { // Executors.new*(..): ModelledPools.new*(.., site)
                super.visitLdcInsn(site);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, MODELLED_POOLS, name,
                        descriptor.replace(")", "I)"), false);
            }
            case SPLITERATOR_SOURCE -> { // StreamSupport.stream(s, parallel) -> HandedOffSpliterators.stream(s, parallel, site)
                super.visitLdcInsn(site);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, SPLITERATORS, name, opcode == Opcodes.INVOKESTATIC
                        ? descriptor.replace(")", "I)") : "(Ljava/util/Collection;I)" + Type.getReturnType(descriptor), false);
            }
            case GATHERER -> { // Gatherers.mapConcurrent(n, mapper): ConcurrentGatherers.mapConcurrent(n, mapper, site)
                super.visitLdcInsn(site);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, CONCURRENT_GATHERERS, name,
                        "(ILjava/util/function/Function;I)Ljava/lang/Object;", false);
                super.visitTypeInsn(Opcodes.CHECKCAST, "java/util/stream/Gatherer");
            }
            case SUBSCRIBER -> { // [publisher, subscriber] -> [publisher, FlowSubscribers.subscriber(publisher, subscriber, site)]
                super.visitInsn(Opcodes.DUP2);
                super.visitLdcInsn(site);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, FLOW_SUBSCRIBERS, "subscriber", WRAPS_SUBSCRIBER, false);
                super.visitInsn(Opcodes.SWAP);
                super.visitInsn(Opcodes.POP);
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
            case HTTP_SERVER -> { // server.start() -> HttpServers.start(server, site), and so on, the server's types as Object
                super.visitLdcInsn(site);
                Type returned = Type.getReturnType(descriptor);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, HTTP_SERVERS, name, "(Ljava/lang/Object;"
                        + descriptor.substring(1, descriptor.indexOf(')')).replace("Lcom/sun/net/httpserver/HttpHandler;", "Ljava/lang/Object;")
                        + "I)" + (returned.getSort() == Type.VOID ? "V" : "Ljava/lang/Object;"), false);
                if (returned.getSort() != Type.VOID) {
                    super.visitTypeInsn(Opcodes.CHECKCAST, returned.getInternalName());
                }
            }
            case SHUTDOWN_HOOK -> {
                super.visitInsn(Opcodes.DUP);
                callHook("shutdownHookAdded", ON_OBJECT, site);
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
            case INTERRUPT_SEEN, ALIVE_SEEN -> {
                super.visitInsn(Opcodes.DUP);
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                callHook(rewrite.kind() == HandOffSites.Kind.ALIVE_SEEN ? "aliveSeen" : "interruptSeen", SEEN, site);
            }
            case STATE_SEEN -> {
                super.visitInsn(Opcodes.DUP);
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                callHook("stateSeen", STATE_SEEN, site);
            }
            case INTERRUPTED -> {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                currentThread();
                super.visitInsn(Opcodes.SWAP);
                callHook("interruptSeen", SEEN, site);
            }
            case FENCE -> {
                super.visitLdcInsn(Type.getObjectType(owner));
                callHook("releasing", ON_OBJECT, site);
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                super.visitLdcInsn(Type.getObjectType(owner));
                callHook("acquired", ON_OBJECT, site);
            }
            case FIELD_OFFSET -> { // [unsafe, field] -> [offset]
                super.visitInsn(Opcodes.DUP_X1); // [field, unsafe, field]
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface); // [field, offset]
                super.visitInsn(Opcodes.DUP2_X1); // [offset, field, offset]
                super.visitMethodInsn(Opcodes.INVOKESTATIC, UNSAFE_FIELDS, "offsetMade", OFFSET_MADE, false);
            }
            case BARRIER -> { // [barrier, barrier, parties, action] -> [barrier]
                super.visitLdcInsn(site);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, RUNTIME, "barrierAction", BARRIER_ACTION, false);
                super.visitInsn(Opcodes.DUP_X2); // [barrier, action, barrier, parties, action]
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                created();
            }
            case FUTURE_TASK -> { // [future, future, callable] or [future, future, runnable, result] -> [future]
                futureTaskWrapped(descriptor, site); // [future, task, future, task(, result)]
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                created();
            }
            case SUPER_FUTURE_TASK -> { // [this, callable] or [this, runnable, result] -> []: 'this' is local 0
                futureTaskWrapped(descriptor, site); // [task, this, task(, result)]
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                super.visitVarInsn(Opcodes.ALOAD, 0);
                super.visitInsn(Opcodes.SWAP);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, RUNTIME, "created", CREATED, false);
            }
            case COPY -> { // [object, object, collection] -> [object]
                contentsCall(site, "new " + owner.substring(owner.lastIndexOf('/') + 1), null);
                super.visitInsn(Opcodes.DUP_X1); // [object, collection, object, collection]
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                super.visitLdcInsn(site);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, RUNTIME, "copied", ON_OBJECT, false);
            }
            case COMPARATOR -> { // [collection, collection, ..., comparator]
                super.visitLdcInsn(site);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, RUNTIME, "callbackComparator", CALLBACK_COMPARATOR, false);
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
            case THREAD_POOL -> { // [pool, pool, ..] -> [pool], its factory wrapped
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                super.visitInsn(Opcodes.DUP);
                super.visitLdcInsn(site);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, MADE_THREADS, "poolMade", ON_OBJECT, false);
            }
            case SUPER_POOL -> { // super(..) in a pool subclass's constructor: 'this' is local 0
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                super.visitVarInsn(Opcodes.ALOAD, 0);
                super.visitLdcInsn(site);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, MADE_THREADS, "poolMade", ON_OBJECT, false);
            }
            case FORK_JOIN_FACTORY -> { // [.., parallelism, factory, handler, asyncMode(, sizes..)]
                Type[] after = Arrays.copyOfRange(Type.getArgumentTypes(descriptor), 2, Type.getArgumentTypes(descriptor).length);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, MADE_THREADS, "packed",
                        Type.getMethodDescriptor(Type.getType(Object[].class), after), false); // [.., factory, packed]
                super.visitInsn(Opcodes.SWAP);
                super.visitLdcInsn(site);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, MADE_THREADS, "forkJoinFactory", WRAPS_WORKER_FACTORY, false);
                super.visitInsn(Opcodes.SWAP); // [.., factory, packed]
                for (int i = 0; i < after.length; i++) {
                    unpacked(after[i], i, i == after.length - 1);
                }
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
            case THREAD_FACTORY -> { // [.., factory] -> [.., MadeThreads.factory(factory, site)]
                super.visitLdcInsn(site);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, MADE_THREADS, "factory", WRAPS_FACTORY, false);
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
            case FACTORY_GETTER -> { // [.., pool] -> [.., the factory the application gave]
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                boolean workers = descriptor.equals(HandOffSites.RETURNS_WORKER_FACTORY);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, MADE_THREADS, workers ? "unwrappedWorkers" : "unwrapped",
                        workers ? "(" + WORKER_FACTORY + ")" + WORKER_FACTORY
                                : "(Ljava/util/concurrent/ThreadFactory;)Ljava/util/concurrent/ThreadFactory;", false);
            }
            default -> throw new IllegalStateException("no rewrite for " + rewrite);
        }
        rewritten = true;
    }

    /**
     * The arguments of a buffer's get or put, or a digest's or a checksum's {@code update(bytes)}, that
     * {@code BulkArrayCallVisitor} made an {@code invokedynamic} of ({@code ArrayCalls.call}: the original call, its site,
     * its shape), with the shape's bit that checks the receiver's own state too (a buffer's position, a digest's:
     * {@code ArrayCalls.POSITION_MOVED} for a call that changes it, {@code POSITION_READ} for one that reads it) when
     * {@link HandOffSites} checks the call's receiver, as it does the receiver's other calls.
     */
    private Object[] withReceiverCheck(Handle original, Object[] arguments) {
        int opcode = original.getTag() == Opcodes.H_INVOKEINTERFACE ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL;
        HandOffSites.Rewrite rewrite = handOffs.of(opcode, original.getOwner(), original.getName(), original.getDesc());
        if (original.getTag() == Opcodes.H_INVOKESTATIC || !rewrite.checksReceiver()) {
            return arguments;
        }
        CollectionReceivers.Receiver receiver = receivers == null ? null : receivers.next(original.getOwner(), original.getName());
        if (receiver != null && receiver.fresh()) {
            return arguments;
        }
        int site = (Integer) arguments[1];
        contentsCall(site, original.getName(), receiver == null ? null : receiver.heldIn());
        int position = (rewrite.plan() & HandOffCalls.CONTENTS_WRITE) != 0 ? ArrayCalls.POSITION_MOVED : ArrayCalls.POSITION_READ;
        return new Object[] {original, site, (Integer) arguments[2] | position};
    }

    /**
     * Stack {@code [iterator]} stays {@code [iterator]}: before a call without arguments on an iterator another thread
     * may hold, read from a field or captured by a lambda, the iterator's own state is checked
     * ({@code CollectionContents.iteratorCalled}); {@code heldIn} names the field, if any.
     */
    private void iteratorStep(String name, String heldIn) {
        int site = newSite();
        contentsCall(site, name, heldIn);
        super.visitInsn(Opcodes.DUP);
        super.visitInsn(HandOffSites.stepsIterator(name) ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
        super.visitLdcInsn(site);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, COLLECTION_CONTENTS, "iteratorCalled", ITERATOR_CALLED, false);
        rewritten = true;
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(rewritten ? maxStack + EXTRA_STACK : maxStack, maxLocals);
    }

    /**
     * Before a {@code FutureTask} constructor: its task wrapped, and a copy of the wrapper left under the object the
     * constructor takes: [.., future, callable] -> [.., task, future, task], [.., future, runnable, result] ->
     * [.., task, future, task, result].
     */
    private void futureTaskWrapped(String descriptor, int site) {
        if (descriptor.equals(HandOffSites.FUTURE_OF_CALLABLE)) {
            super.visitLdcInsn(site);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, RUNTIME, "futureTaskCallable", FUTURE_TASK_CALLABLE, false);
            super.visitInsn(Opcodes.DUP_X1);
        } else {
            super.visitInsn(Opcodes.SWAP);
            super.visitLdcInsn(site);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, RUNTIME, "futureTaskRunnable", FUTURE_TASK_RUNNABLE, false);
            super.visitInsn(Opcodes.DUP_X2);
            super.visitInsn(Opcodes.SWAP);
        }
    }

    /** After a constructor that took a wrapped task: [object, task] -> [object], the object sharing the task's sync object. */
    private void created() {
        super.visitInsn(Opcodes.SWAP);
        super.visitInsn(Opcodes.DUP_X1);
        super.visitInsn(Opcodes.SWAP); // [object, object, task]
        super.visitMethodInsn(Opcodes.INVOKESTATIC, RUNTIME, "created", CREATED, false);
    }

    /**
     * [.., packed] -> [.., value, packed] ({@code last}: [.., value]), the value at {@code index} of an array
     * {@code MadeThreads.packed} made, of this type.
     */
    private void unpacked(Type type, int index, boolean last) {
        if (!last) {
            super.visitInsn(Opcodes.DUP);
        }
        super.visitLdcInsn(index);
        switch (type.getSort()) {
            case Type.BOOLEAN -> super.visitMethodInsn(Opcodes.INVOKESTATIC, MADE_THREADS, "booleanAt", "([Ljava/lang/Object;I)Z", false);
            case Type.INT -> super.visitMethodInsn(Opcodes.INVOKESTATIC, MADE_THREADS, "intAt", "([Ljava/lang/Object;I)I", false);
            case Type.LONG -> super.visitMethodInsn(Opcodes.INVOKESTATIC, MADE_THREADS, "longAt", "([Ljava/lang/Object;I)J", false);
            default -> {
                super.visitInsn(Opcodes.AALOAD);
                super.visitTypeInsn(Opcodes.CHECKCAST, type.getInternalName());
            }
        }
        if (!last && type.getSize() == 2) {
            super.visitInsn(Opcodes.DUP2_X1);
            super.visitInsn(Opcodes.POP2);
        } else if (!last) {
            super.visitInsn(Opcodes.SWAP);
        }
    }

    private void currentThread() {
        super.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Thread", "currentThread", "()Ljava/lang/Thread;", false);
    }

    private static int handleKind(int opcode) {
        return switch (opcode) {
            case Opcodes.INVOKESTATIC -> Opcodes.H_INVOKESTATIC;
            case Opcodes.INVOKEINTERFACE -> Opcodes.H_INVOKEINTERFACE;
            case Opcodes.INVOKESPECIAL -> Opcodes.H_INVOKESPECIAL;
            default -> Opcodes.H_INVOKEVIRTUAL;
        };
    }

    private static Handle bootstrap(String name, String arguments) {
        return new Handle(Opcodes.H_INVOKESTATIC, RUNTIME, name, BOOTSTRAP_PREFIX + arguments + RETURNS_CALL_SITE, false);
    }
}
