package dev.weft.agent.instrument;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Decides which method calls of one class are replaced by a {@code Weft} hook: {@link Lock} operations,
 * {@code Object.wait}/{@code notify}/{@code notifyAll}, {@code Thread.start}/{@code join}, and
 * {@code Thread.sleep}/{@code yield}; and, in runs that rewrite lock operations only, a {@code Condition}'s
 * {@code await*}/{@code signal*} and {@code Lock.newCondition} (race detection and controlled runs link those as
 * hand-offs). A class is rewritten for a condition's calls when it has other lock operations, as a condition's user
 * takes its lock.
 *
 * <p>A call's receiver type is resolved through the {@link TypeHierarchy} of the class's loader; a type
 * that does not resolve is taken for neither a lock nor a thread.
 */
final class CallSiteHooks {

    private enum Receiver { LOCK, THREAD, CONDITION, ANY }

    private record Hook(String name, Receiver receiver) { }

    private static final Map<String, Hook> HOOKS = Map.ofEntries(
            Map.entry("lock()V", new Hook("lock", Receiver.LOCK)),
            Map.entry("lockInterruptibly()V", new Hook("lockInterruptibly", Receiver.LOCK)),
            Map.entry("tryLock()Z", new Hook("tryLock", Receiver.LOCK)),
            Map.entry("tryLock(JLjava/util/concurrent/TimeUnit;)Z", new Hook("tryLock", Receiver.LOCK)),
            Map.entry("unlock()V", new Hook("unlock", Receiver.LOCK)),
            Map.entry("wait()V", new Hook("waitOn", Receiver.ANY)),
            Map.entry("wait(J)V", new Hook("waitOn", Receiver.ANY)),
            Map.entry("wait(JI)V", new Hook("waitOn", Receiver.ANY)),
            Map.entry("notify()V", new Hook("notifyOn", Receiver.ANY)),
            Map.entry("notifyAll()V", new Hook("notifyAllOn", Receiver.ANY)),
            Map.entry("start()V", new Hook("start", Receiver.THREAD)),
            Map.entry("join()V", new Hook("join", Receiver.THREAD)),
            Map.entry("join(J)V", new Hook("join", Receiver.THREAD)),
            Map.entry("join(JI)V", new Hook("join", Receiver.THREAD)),
            Map.entry("join(Ljava/time/Duration;)Z", new Hook("join", Receiver.THREAD)));

    private static final Map<String, Hook> CONDITION_HOOKS = Map.of(
            "newCondition()Ljava/util/concurrent/locks/Condition;", new Hook("newConditionOf", Receiver.LOCK),
            "await()V", new Hook("awaitOn", Receiver.CONDITION),
            "awaitUninterruptibly()V", new Hook("awaitUninterruptiblyOn", Receiver.CONDITION),
            "await(JLjava/util/concurrent/TimeUnit;)Z", new Hook("awaitOn", Receiver.CONDITION),
            "awaitNanos(J)J", new Hook("awaitNanosOn", Receiver.CONDITION),
            "awaitUntil(Ljava/util/Date;)Z", new Hook("awaitUntilOn", Receiver.CONDITION),
            "signal()V", new Hook("signalOn", Receiver.CONDITION),
            "signalAll()V", new Hook("signalAllOn", Receiver.CONDITION));

    /** Static methods of {@code Thread} whose calls are replaced, by name and descriptor. */
    private static final Map<String, String> THREAD_STATIC_HOOKS = Map.of(
            "sleep(J)V", "sleep",
            "yield()V", "yieldNow");

    /** The names of the methods whose calls may be replaced. */
    static final Set<String> HOOKED_NAMES = namesOf(HOOKS.keySet(), THREAD_STATIC_HOOKS.keySet());

    private static final Set<String> KNOWN_LOCKS = Set.of(
            "java/util/concurrent/locks/Lock",
            "java/util/concurrent/locks/ReentrantLock",
            "java/util/concurrent/locks/ReentrantReadWriteLock$ReadLock",
            "java/util/concurrent/locks/ReentrantReadWriteLock$WriteLock");
    private static final String THREAD = "java/lang/Thread";
    private static final String CONDITION = "java/util/concurrent/locks/Condition";

    private final TypeHierarchy types;
    private final boolean conditionCalls;
    private final Map<String, Boolean> locks = new HashMap<>();
    private final Map<String, Boolean> threads = new HashMap<>();
    private final Map<String, Boolean> conditions = new HashMap<>();

    /**
     * @param types          the supertypes the class's loader sees, asked for only when a receiver is not a known type
     * @param conditionCalls whether a {@code Condition}'s calls and {@code newCondition} are hooked too
     */
    CallSiteHooks(TypeHierarchy types, boolean conditionCalls) {
        this.types = types;
        this.conditionCalls = conditionCalls;
    }

    /** The loader of the class whose calls these are. */
    ClassLoader loader() {
        return types.loader();
    }

    /**
     * The name of the {@code Weft} method that replaces this call, or {@code null} to leave it.
     *
     * @param opcode the invoke instruction
     * @param owner  the internal name of the call's owner type
     * @param name   the called method's name
     * @param descriptor the called method's descriptor
     * @return the hook's name, which takes {@link #hookDescriptor(int, String)}
     */
    String hookFor(int opcode, String owner, String name, String descriptor) {
        if (opcode == Opcodes.INVOKESTATIC) {
            return THREAD.equals(owner) ? THREAD_STATIC_HOOKS.get(name + descriptor) : null;
        }
        if (opcode != Opcodes.INVOKEVIRTUAL && opcode != Opcodes.INVOKEINTERFACE) {
            return null;
        }
        Hook hook = HOOKS.get(name + descriptor);
        if (hook == null && conditionCalls) {
            hook = CONDITION_HOOKS.get(name + descriptor);
        }
        return hook != null && receives(hook.receiver(), owner) ? hook.name() : null;
    }

    private static Set<String> namesOf(Set<String> hooked, Set<String> staticHooked) {
        Set<String> names = new HashSet<>();
        for (Set<String> methods : List.of(hooked, staticHooked)) {
            for (String method : methods) {
                names.add(method.substring(0, method.indexOf('(')));
            }
        }
        return Set.copyOf(names);
    }

    /**
     * Whether calls of a method with this name and descriptor (e.g. {@code "wait(J)V"}) may be replaced,
     * depending on the receiver.
     */
    static boolean hooks(String nameAndDescriptor) {
        return HOOKS.containsKey(nameAndDescriptor) || THREAD_STATIC_HOOKS.containsKey(nameAndDescriptor);
    }

    /**
     * The hook's descriptor for a call with this descriptor: the receiver first (unless the call is
     * static), the site last.
     */
    static String hookDescriptor(int opcode, String descriptor) {
        int close = descriptor.indexOf(')');
        String receiver = opcode == Opcodes.INVOKESTATIC ? "" : "Ljava/lang/Object;";
        return "(" + receiver + descriptor.substring(1, close) + "I" + descriptor.substring(close);
    }

    private boolean receives(Receiver receiver, String owner) {
        switch (receiver) {
            case LOCK:
                return KNOWN_LOCKS.contains(owner) || locks.computeIfAbsent(owner, o -> isA(o, Lock.class));
            case THREAD:
                return THREAD.equals(owner) || threads.computeIfAbsent(owner, o -> isA(o, Thread.class));
            case CONDITION:
                return CONDITION.equals(owner) || conditions.computeIfAbsent(owner, o -> isA(o, CONDITION));
            default:
                return true;
        }
    }

    /** Whether the type {@code owner} (an internal name) is {@code type} or a subtype; false when it does not resolve. */
    boolean isA(String owner, Class<?> type) {
        return isA(owner, type.getName().replace('.', '/'));
    }

    /** Whether the type {@code owner} is the type named {@code type} (both internal names) or a subtype; false when it does not resolve. */
    boolean isA(String owner, String type) {
        return types.isA(owner, type);
    }

    /** Whether {@code owner} is {@code java.lang.Thread} or a subclass. */
    boolean isThread(String owner) {
        return receives(Receiver.THREAD, owner);
    }

    /** Whether {@code owner} is a {@code java.util.concurrent.locks.Lock}. */
    boolean isLock(String owner) {
        return receives(Receiver.LOCK, owner);
    }

    /**
     * The binary name of the nearest superclass of {@code owner} (an internal name) that the JDK defines
     * ({@code java.}...), or {@code null} when it does not resolve.
     */
    String jdkSuperclass(String owner) {
        String found = types.nearestClassIn(owner, "java/");
        return found == null ? null : found.replace('/', '.');
    }
}
