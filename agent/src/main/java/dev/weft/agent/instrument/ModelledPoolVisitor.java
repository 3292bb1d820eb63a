package dev.weft.agent.instrument;

import dev.weft.runtime.ModelledThreadPoolExecutor;
import dev.weft.runtime.Weft;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * In a controlled run, makes the {@code ThreadPoolExecutor}s of application code the scheduling model's:
 * {@code new ThreadPoolExecutor(..)} becomes {@code new ModelledThreadPoolExecutor(.., site)}, and a class
 * that extends {@code ThreadPoolExecutor} extends {@link ModelledThreadPoolExecutor} instead
 * ({@link #superclass}), its {@code super(..)} call passing the site as well. Every constructor of
 * {@code ThreadPoolExecutor} has its counterpart there, with the site as a last parameter.
 *
 * <p>Both rewrites go together, class by class ({@link #applies}): a {@code ThreadPoolExecutor}
 * constructor call in such a class is either of a {@code new} this visitor rewrote or the {@code super(..)}
 * of a class whose superclass it replaced.
 */
final class ModelledPoolVisitor extends HookingMethodVisitor {

    static final String POOL = "java/util/concurrent/ThreadPoolExecutor";
    static final String MODELLED = Type.getInternalName(ModelledThreadPoolExecutor.class);

    private boolean rewritten;

    ModelledPoolVisitor(MethodVisitor next, MethodSites sites) {
        super(next, sites);
    }

    /** Whether a class of this version, loaded now, gets these rewrites: in a controlled run, Java 7 class files or later. */
    static boolean applies(int classVersion) {
        return (classVersion & 0xFFFF) >= Opcodes.V1_7 && Weft.schedules();
    }

    /** The superclass a class gets instead of {@code superName}. */
    static String superclass(String superName) {
        return POOL.equals(superName) ? MODELLED : superName;
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        super.visitTypeInsn(opcode, opcode == Opcodes.NEW && type.equals(POOL) ? MODELLED : type);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode != Opcodes.INVOKESPECIAL || !owner.equals(POOL) || !name.equals("<init>")) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        super.visitLdcInsn(newSite());
        super.visitMethodInsn(opcode, MODELLED, name, descriptor.replace(")V", "I)V"), isInterface);
        rewritten = true;
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(rewritten ? maxStack + 1 : maxStack, maxLocals);
    }
}
