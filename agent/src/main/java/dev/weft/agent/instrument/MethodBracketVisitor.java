package dev.weft.agent.instrument;

import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Brackets a method body with two {@code Weft} hooks: one when it begins, one before each return.
 *
 * <p>A {@link Bracket#CLASS_INIT class initializer} also runs its closing hook when it throws, from a
 * catch-all handler appended to the method (registered last, so the method's own handlers are tried
 * first), so that a failed initialization does not leave the thread marked as initializing. A
 * {@link Bracket#TASK task body} passes {@code this} to both hooks. A task or callback that throws skips
 * its closing hook (what it did before it failed is not handed over).
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
         * A method the JDK's thread-safe classes call on the program's objects inside their own methods
         * ({@code compareTo}, {@code compare}, {@code getDelay}, {@code equals}, {@code hashCode}, a
         * {@code Phaser}'s {@code onAdvance}):
         * {@code Weft.callbackEntered(site)} and {@code callbackExited(site)}.
         */
        CALLBACK("callbackEntered", "callbackExited", "(I)V");

        final String begin;
        final String end;
        final String descriptor;

        Bracket(String begin, String end, String descriptor) {
            this.begin = begin;
            this.end = end;
            this.descriptor = descriptor;
        }
    }

    /** The most the hooks add to the operand stack: {@code this} and the site. */
    private static final int EXTRA_STACK = 2;

    private final Bracket bracket;
    private final boolean needsFrames;
    private final Label start = new Label();
    private int site;

    MethodBracketVisitor(MethodVisitor next, MethodSites sites, Bracket bracket, int classVersion) {
        super(next, sites);
        this.bracket = bracket;
        this.needsFrames = (classVersion & 0xFFFF) >= Opcodes.V1_6;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        site = newSite();
        hook(bracket.begin);
        super.visitLabel(start);
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
            hook(bracket.end);
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        if (bracket == Bracket.CLASS_INIT) {
            Label end = new Label();
            Label handler = new Label();
            super.visitLabel(end);
            super.visitLabel(handler);
            if (needsFrames) {
                super.visitFrame(Opcodes.F_FULL, 0, new Object[0], 1, new Object[] {"java/lang/Throwable"});
            }
            hook(bracket.end);
            super.visitInsn(Opcodes.ATHROW);
            super.visitTryCatchBlock(start, end, handler, null);
        }
        super.visitMaxs(maxStack + EXTRA_STACK, maxLocals);
    }

    private void hook(String name) {
        if (bracket == Bracket.TASK) {
            super.visitVarInsn(Opcodes.ALOAD, 0);
        }
        callHook(name, bracket.descriptor, site);
    }
}
