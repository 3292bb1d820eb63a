package dev.weft.agent.instrument;

import dev.weft.runtime.HandOffCalls;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashSet;
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
    private static final String BLOCKING_CALLS = Type.getInternalName(dev.weft.runtime.BlockingCalls.class);
    private static final String MODELLED_POOLS = Type.getInternalName(dev.weft.runtime.ModelledPools.class);
    private static final String BOOTSTRAP_PREFIX = "(" + Type.getDescriptor(MethodHandles.Lookup.class)
            + Type.getDescriptor(String.class) + Type.getDescriptor(MethodType.class);
    private static final String RETURNS_CALL_SITE = ")" + Type.getDescriptor(CallSite.class);
    private static final Handle CALL = bootstrap("call", Type.getDescriptor(MethodHandle.class) + "II");
    private static final Handle VAR_HANDLE = bootstrap("varHandle", "I");
    private static final Handle SUBMIT = bootstrap("submit", Type.getDescriptor(MethodHandle.class) + "II");
    private static final Handle TASKS = bootstrap("tasks", Type.getDescriptor(MethodHandle.class) + "II");
    private static final String INTERRUPTED_EXCEPTION = "java/lang/InterruptedException";
    private static final String ON_OBJECT = "(Ljava/lang/Object;I)V";
    private static final String SEEN = "(Ljava/lang/Object;ZI)Z";
    private static final String BARRIER_ACTION = "(Ljava/lang/Runnable;I)Ljava/lang/Runnable;";
    private static final String CALLBACK_COMPARATOR = "(Ljava/util/Comparator;I)Ljava/util/Comparator;";
    private static final String BARRIER_CREATED = "(Ljava/lang/Object;Ljava/lang/Object;)V";

    /** The most a rewrite adds to the operand stack: a copy of the thread and the site. */
    private static final int EXTRA_STACK = 2;

    private final HandOffSites handOffs;
    private final Set<Label> interruptHandlers = new HashSet<>();
    private boolean handlerBegins;
    private boolean rewritten;

    private HandOffVisitor(MethodVisitor next, MethodSites sites, HandOffSites handOffs) {
        super(next, sites);
        this.handOffs = handOffs;
    }

    /** The visitor for a method of a class file of this version: {@code next} itself when it cannot be rewritten. */
    static MethodVisitor of(MethodVisitor next, MethodSites sites, HandOffSites handOffs, int classVersion) {
        return (classVersion & 0xFFFF) >= Opcodes.V1_7 ? new HandOffVisitor(next, sites, handOffs) : next;
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
     * {@code interrupt()} released. The hook goes after the handler's stack map frame (every handler of a
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
        super.visitFrame(type, numLocal, local, numStack, stack);
        if (handlerBegins) {
            handlerBegins = false;
            currentThread();
            callHook("acquired", ON_OBJECT, newSite());
            rewritten = true;
        }
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        HandOffSites.Rewrite rewrite = handOffs.of(opcode, owner, name, descriptor);
        if (rewrite.kind() == HandOffSites.Kind.NONE) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        int site = newSite();
        Handle original = new Handle(handleKind(opcode), owner, name, descriptor, isInterface);
        String indyDescriptor = opcode == Opcodes.INVOKESTATIC ? descriptor
                : "(" + Type.getObjectType(owner).getDescriptor() + descriptor.substring(1);
        switch (rewrite.kind()) {
            case CALL -> super.visitInvokeDynamicInsn(name, indyDescriptor, CALL, original, site, rewrite.plan());
            case VAR_HANDLE -> super.visitInvokeDynamicInsn(name, indyDescriptor, VAR_HANDLE, site);
            case SUBMIT -> super.visitInvokeDynamicInsn(name, indyDescriptor, SUBMIT, original, site,
                    opcode == Opcodes.INVOKESTATIC ? 0 : 1);
            case TASKS -> super.visitInvokeDynamicInsn(name, indyDescriptor, TASKS, original, site, rewrite.plan());
            case RELEASE_THREAD -> {
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
            case INTERRUPT_SEEN, ALIVE_SEEN -> {
                super.visitInsn(Opcodes.DUP);
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                callHook(rewrite.kind() == HandOffSites.Kind.ALIVE_SEEN ? "aliveSeen" : "interruptSeen", SEEN, site);
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
            case BARRIER -> { // [barrier, barrier, parties, action] -> [barrier]
                super.visitLdcInsn(site);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, RUNTIME, "barrierAction", BARRIER_ACTION, false);
                super.visitInsn(Opcodes.DUP_X2); // [barrier, action, barrier, parties, action]
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                super.visitInsn(Opcodes.SWAP);
                super.visitInsn(Opcodes.DUP_X1);
                super.visitInsn(Opcodes.SWAP); // [barrier, barrier, action]
                super.visitMethodInsn(Opcodes.INVOKESTATIC, RUNTIME, "barrierCreated", BARRIER_CREATED, false);
            }
            case COMPARATOR -> { // [collection, collection, ..., comparator]
                super.visitLdcInsn(site);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, RUNTIME, "callbackComparator", CALLBACK_COMPARATOR, false);
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
            default -> throw new IllegalStateException("no rewrite for " + rewrite);
        }
        rewritten = true;
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(rewritten ? maxStack + EXTRA_STACK : maxStack, maxLocals);
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
