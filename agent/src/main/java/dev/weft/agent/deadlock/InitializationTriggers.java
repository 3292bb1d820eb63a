package dev.weft.agent.deadlock;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Whether the code at a frame's line makes the JVM initialize a class: {@code getstatic}, {@code putstatic} or
 * {@code invokestatic} of a member of that class, or {@code new} of it. Read from the frame's class file, as its
 * loader finds it (weft's rewrites keep the lines and these instructions); asked only of a thread suspected of
 * waiting for a class's initialization, and kept per question.
 */
final class InitializationTriggers {

    private final Map<String, Boolean> answers = new HashMap<>();

    /** Whether the code of {@code frame}'s method at its line uses class {@code initialized} so that it initializes it. */
    boolean lineUses(StackTraceElement frame, String initialized, ClassLoader loader) {
        String question = frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber() + " " + initialized;
        return answers.computeIfAbsent(question, q -> read(frame, initialized.replace('.', '/'), loader));
    }

    private static boolean read(StackTraceElement frame, String initialized, ClassLoader loader) {
        if (frame.getLineNumber() <= 0) {
            return false;
        }
        String resource = frame.getClassName().replace('.', '/') + ".class";
        ClassLoader from = loader != null ? loader : ClassLoader.getSystemClassLoader();
        try (InputStream in = from.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            boolean[] found = {false};
            new ClassReader(in.readAllBytes()).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    return name.equals(frame.getMethodName()) ? new LineScan(frame.getLineNumber(), initialized, found) : null;
                }
            }, ClassReader.SKIP_FRAMES);
            return found[0];
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Walks one method, noting whether an instruction at {@code line} initializes {@code initialized}. */
    private static final class LineScan extends MethodVisitor {
        private final int line;
        private final String initialized;
        private final boolean[] found;
        private int current = -1;

        LineScan(int line, String initialized, boolean[] found) {
            super(Opcodes.ASM9);
            this.line = line;
            this.initialized = initialized;
            this.found = found;
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            current = line;
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            note((opcode == Opcodes.GETSTATIC || opcode == Opcodes.PUTSTATIC) && owner.equals(initialized));
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            note(opcode == Opcodes.INVOKESTATIC && owner.equals(initialized));
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            note(opcode == Opcodes.NEW && type.equals(initialized));
        }

        private void note(boolean initializes) {
            found[0] |= initializes && current == line;
        }
    }
}
