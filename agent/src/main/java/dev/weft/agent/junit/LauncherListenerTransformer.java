package dev.weft.agent.junit;

import dev.weft.agent.instrument.ClassReaders;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.function.Consumer;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Makes the JUnit Platform launcher tell weft when each test or container starts and finishes: the first
 * instructions of {@code ExecutionListenerAdapter.executionStarted} and {@code executionFinished} (the
 * listener through which every engine's events reach Surefire's, Gradle's or the console launcher's
 * listeners) call {@code dev.weft.runtime.TestRuns}, and {@code executionFinished} goes on with the
 * result {@code TestRuns.finished} returns. The adapter has kept these names and signatures from JUnit
 * Platform 1.0 to 6.
 */
public final class LauncherListenerTransformer implements ClassFileTransformer {

    /** The launcher's class that turns engine events into the events test listeners see. */
    static final String ADAPTER = "org/junit/platform/launcher/core/ExecutionListenerAdapter";

    private static final String TEST_RUNS = "dev/weft/runtime/TestRuns";
    private static final String DESCRIPTOR = "Lorg/junit/platform/engine/TestDescriptor;";
    private static final String RESULT = "org/junit/platform/engine/TestExecutionResult";

    private final Consumer<String> warn;

    /** @param warn receives one line if the adapter cannot be rewritten (tests are then not attributed) */
    public LauncherListenerTransformer(Consumer<String> warn) {
        this.warn = warn;
    }

    @Override
    public byte[] transform(ClassLoader loader, String internalName, Class<?> classBeingRedefined,
                            ProtectionDomain protectionDomain, byte[] classFile) {
        if (!ADAPTER.equals(internalName)) {
            return null;
        }
        try {
            ClassReader reader = ClassReaders.of(classFile);
            ClassWriter writer = new ClassWriter(reader, 0);
            reader.accept(new AdapterVisitor(writer), 0);
            return writer.toByteArray();
        } catch (Throwable failure) {
            warn.accept("weft: cannot follow the JUnit Platform run, findings are not attributed to tests: " + failure);
            return null;
        }
    }

    private static final class AdapterVisitor extends ClassVisitor {

        AdapterVisitor(ClassVisitor next) {
            super(ClassReaders.ASM_API, next);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
            if (name.equals("executionStarted") && descriptor.equals("(" + DESCRIPTOR + ")V")) {
                return new Prologue(next, false);
            }
            if (name.equals("executionFinished") && descriptor.equals("(" + DESCRIPTOR + "L" + RESULT + ";)V")) {
                return new Prologue(next, true);
            }
            return next;
        }
    }

    /** Calls {@code TestRuns.started}, or {@code TestRuns.finished} and stores its result, on entry. */
    private static final class Prologue extends MethodVisitor {

        private final boolean finished;

        Prologue(MethodVisitor next, boolean finished) {
            super(ClassReaders.ASM_API, next);
            this.finished = finished;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            super.visitVarInsn(Opcodes.ALOAD, 0);
            super.visitVarInsn(Opcodes.ALOAD, 1);
            if (finished) {
                super.visitVarInsn(Opcodes.ALOAD, 2);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, TEST_RUNS, "finished",
                        "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;", false);
                super.visitTypeInsn(Opcodes.CHECKCAST, RESULT);
                super.visitVarInsn(Opcodes.ASTORE, 2);
            } else {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, TEST_RUNS, "started",
                        "(Ljava/lang/Object;Ljava/lang/Object;)V", false);
            }
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            super.visitMaxs(Math.max(maxStack, 3), maxLocals);
        }
    }
}
