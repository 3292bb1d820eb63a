package dev.weft.agent.instrument;

import dev.weft.runtime.ModelledScheduledThreadPoolExecutor;
import dev.weft.runtime.ModelledThreadPoolExecutor;
import dev.weft.runtime.ModelledTimer;
import dev.weft.runtime.Weft;
import java.util.Map;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * In a controlled run, makes the thread pools and timers of application code the scheduling model's:
 * {@code new ThreadPoolExecutor(..)} becomes {@code new ModelledThreadPoolExecutor(.., site)} (and
 * {@code new ScheduledThreadPoolExecutor(..)} {@code new ModelledScheduledThreadPoolExecutor(.., site)},
 * {@code new Timer(..)} {@code new ModelledTimer(.., site)}), and a
 * class that extends one of them extends its stand-in instead ({@link #superclass}), its {@code super(..)} call
 * passing the site as well. Every constructor of the JDK's pools and timer has its counterpart in the stand-in, with the
 * site as a last parameter.
 *
 * <p>Both rewrites go together, class by class ({@link #applies}): a pool's constructor call in such a class
 * is either of a {@code new} this visitor rewrote or the {@code super(..)} of a class whose superclass it
 * replaced.
 */
final class ModelledPoolVisitor extends HookingMethodVisitor {

    /** The JDK's pools and their stand-ins, by internal name. */
    private static final Map<String, String> STAND_INS = Map.of(
            "java/util/concurrent/ThreadPoolExecutor", Type.getInternalName(ModelledThreadPoolExecutor.class),
            "java/util/concurrent/ScheduledThreadPoolExecutor",
            Type.getInternalName(ModelledScheduledThreadPoolExecutor.class),
            "java/util/Timer", Type.getInternalName(ModelledTimer.class));

    private boolean rewritten;

    ModelledPoolVisitor(MethodVisitor next, MethodSites sites) {
        super(next, sites);
    }

    /** Whether a class of this version, loaded now, gets these rewrites: in a controlled run, Java 7 or later. */
    static boolean applies(int classVersion) {
        return (classVersion & 0xFFFF) >= Opcodes.V1_7 && Weft.schedules();
    }

    /** The superclass a class gets instead of {@code superName}. */
    static String superclass(String superName) {
        return STAND_INS.getOrDefault(superName, superName);
    }

    /** The generic signature a class of {@code superName} gets instead of {@code signature} ({@code null} stays). */
    static String signature(String superName, String signature) {
        String standIn = STAND_INS.get(superName);
        return signature == null || standIn == null ? signature
                : signature.replace("L" + superName + ";", "L" + standIn + ";");
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        super.visitTypeInsn(opcode, opcode == Opcodes.NEW ? superclass(type) : type);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        String standIn = STAND_INS.get(owner);
        if (opcode != Opcodes.INVOKESPECIAL || standIn == null || !name.equals("<init>")) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        super.visitLdcInsn(newSite());
        super.visitMethodInsn(opcode, standIn, name, descriptor.replace(")V", "I)V"), isInterface);
        rewritten = true;
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(rewritten ? maxStack + 1 : maxStack, maxLocals);
    }
}
