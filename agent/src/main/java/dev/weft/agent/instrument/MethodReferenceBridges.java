package dev.weft.agent.instrument;

import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Sends a method reference to a method weft rewrites at call sites ({@code pool::execute}, {@code latch::countDown},
 * {@code lock::unlock}...) through a bridge of the class itself: the JDK's lambda class calls the method, and no
 * transformer sees that call. The {@code invokedynamic} of {@code LambdaMetafactory} gets, as its implementation, a
 * private static synthetic method {@code weft$ref$N$method} (after the method that makes the reference) holding the plain call, emitted at the end of the class through
 * the visitors after this one, which rewrite that call as any other, with the method reference's line and, in sites,
 * the name of the method that makes it ({@link #reportedName}). The lambda's interface, its types and what it
 * captures stay as they were: the bridge takes the receiver (if any) and then the method's own parameters.
 *
 * <p>It adds methods, so it only applies when the class's shape may change (not on retransformation). A serializable
 * lambda ({@code altMetafactory} with {@code FLAG_SERIALIZABLE}) keeps its handle, whose name its class's
 * {@code $deserializeLambda$} checks; so do {@code super::m} ({@code invokespecial}) and interfaces of class files
 * older than 52, which cannot hold a private static method.
 */
final class MethodReferenceBridges extends ClassVisitor {

    private static final String METAFACTORY_OWNER = "java/lang/invoke/LambdaMetafactory";
    private static final int FLAG_SERIALIZABLE = 1;
    private static final String PREFIX = "weft$ref$";

    /** A bridge to emit: its name, descriptor, the call it makes and the source line of the method reference. */
    private record Bridge(String name, String descriptor, Handle target, int line) { }

    /** Whether the call of a handle's method is rewritten by the visitors after this one, by opcode, owner, name, descriptor. */
    interface RewrittenCalls {
        boolean rewritten(int opcode, String owner, String name, String descriptor);
    }

    private final RewrittenCalls rewritten;
    private final List<Bridge> bridges = new ArrayList<>();
    private String owner;
    private boolean isInterface;
    private boolean applies;

    MethodReferenceBridges(ClassVisitor next, RewrittenCalls rewritten) {
        super(ClassReaders.ASM_API, next);
        this.rewritten = rewritten;
    }

    /** True when this is the name of a bridge this class emits. */
    static boolean isBridge(String method) {
        return method.startsWith(PREFIX);
    }

    /** The name a method's sites report: a bridge's is that of the method that makes its method reference. */
    static String reportedName(String method) {
        if (!method.startsWith(PREFIX)) {
            return method;
        }
        String maker = method.substring(method.indexOf('$', PREFIX.length()) + 1);
        return maker.equals("new") ? "<init>" : maker.equals("static") ? "<clinit>" : maker;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        this.owner = name;
        this.isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
        this.applies = (version & 0xFFFF) >= (isInterface ? Opcodes.V1_8 : Opcodes.V1_7);
        super.visit(version, access, name, signature, superName, interfaces);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
        return next == null || !applies ? next : new References(next, name.equals("<init>") ? "new" : name.equals("<clinit>") ? "static" : name);
    }

    @Override
    public void visitEnd() {
        for (Bridge bridge : bridges) {
            emit(bridge);
        }
        super.visitEnd();
    }

    private void emit(Bridge bridge) {
        MethodVisitor body = super.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                bridge.name(), bridge.descriptor(), null, null);
        if (body == null) {
            return;
        }
        Handle target = bridge.target();
        body.visitCode();
        if (bridge.line() > 0) {
            Label start = new Label();
            body.visitLabel(start);
            body.visitLineNumber(bridge.line(), start);
        }
        int stack = 0;
        if (target.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
            body.visitTypeInsn(Opcodes.NEW, target.getOwner());
            body.visitInsn(Opcodes.DUP);
            stack = 2;
        }
        int local = 0;
        for (Type parameter : Type.getArgumentTypes(bridge.descriptor())) {
            body.visitVarInsn(parameter.getOpcode(Opcodes.ILOAD), local);
            local += parameter.getSize();
        }
        body.visitMethodInsn(opcodeOf(target.getTag()), target.getOwner(), target.getName(), target.getDesc(), target.isInterface());
        Type returned = Type.getReturnType(bridge.descriptor());
        body.visitInsn(returned.getOpcode(Opcodes.IRETURN));
        body.visitMaxs(Math.max(stack + local, returned.getSize()), local);
        body.visitEnd();
    }

    /**
     * The bridge's descriptor: the receiver (if any) and the method's parameters, a constructor's returning its object;
     * the first ones of the types the lambda captures ({@code factoryType}), which the metafactory wants exactly (a
     * captured receiver may be a subtype of the method's class: {@code ExecutorService} for {@code Executor.execute}).
     */
    private static String bridgeDescriptor(Handle target, String factoryType) {
        Type method = Type.getMethodType(target.getDesc());
        List<Type> parameters = new ArrayList<>();
        if (target.getTag() != Opcodes.H_INVOKESTATIC && target.getTag() != Opcodes.H_NEWINVOKESPECIAL) {
            parameters.add(Type.getObjectType(target.getOwner()));
        }
        parameters.addAll(List.of(method.getArgumentTypes()));
        Type[] captured = Type.getArgumentTypes(factoryType);
        for (int i = 0; i < captured.length && i < parameters.size(); i++) {
            parameters.set(i, captured[i]);
        }
        Type returned = target.getTag() == Opcodes.H_NEWINVOKESPECIAL ? Type.getObjectType(target.getOwner()) : method.getReturnType();
        return Type.getMethodDescriptor(returned, parameters.toArray(new Type[0]));
    }

    private static int opcodeOf(int tag) {
        return switch (tag) {
            case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
            case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
            case Opcodes.H_NEWINVOKESPECIAL -> Opcodes.INVOKESPECIAL;
            case Opcodes.H_INVOKEVIRTUAL -> Opcodes.INVOKEVIRTUAL;
            default -> -1;
        };
    }

    /** Whether this {@code invokedynamic} makes a lambda of a method reference whose handle a bridge may replace. */
    private static boolean bridgeable(Handle bootstrap, Object[] arguments) {
        if (!bootstrap.getOwner().equals(METAFACTORY_OWNER) || arguments.length < 3
                || !(arguments[1] instanceof Handle target) || opcodeOf(target.getTag()) < 0) {
            return false;
        }
        return switch (bootstrap.getName()) {
            case "metafactory" -> true;
            case "altMetafactory" -> arguments.length > 3 && arguments[3] instanceof Integer flags
                    && (flags & FLAG_SERIALIZABLE) == 0;
            default -> false;
        };
    }

    /** Replaces the handles of one method body's method references, remembering the bridges to emit. */
    private final class References extends MethodVisitor {

        private final String maker;
        private int line;

        References(MethodVisitor next, String maker) {
            super(ClassReaders.ASM_API, next);
            this.maker = maker;
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            this.line = line;
            super.visitLineNumber(line, start);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            if (bridgeable(bootstrap, arguments)) {
                Handle target = (Handle) arguments[1];
                if (rewritten.rewritten(opcodeOf(target.getTag()), target.getOwner(), target.getName(), target.getDesc())) {
                    Bridge bridge = new Bridge(PREFIX + bridges.size() + "$" + maker, bridgeDescriptor(target, descriptor), target, line);
                    bridges.add(bridge);
                    Object[] bridged = arguments.clone();
                    bridged[1] = new Handle(Opcodes.H_INVOKESTATIC, owner, bridge.name(), bridge.descriptor(), isInterface);
                    super.visitInvokeDynamicInsn(name, descriptor, bootstrap, bridged);
                    return;
                }
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
        }
    }
}
