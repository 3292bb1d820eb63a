package dev.weft.agent.deadlock;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Whether a thread's stack shows it making the JVM initialize a class. Either its top frame is application code at a
 * line that initializes that class: {@code getstatic}, {@code putstatic} or {@code invokestatic} of a member the class
 * declares (named through it or a subclass), or {@code new} of it, of a subclass, or of a class implementing it when
 * it is an interface with a default method ({@link DeclaredTypes}). Or its top frame is the JDK's native method that
 * initializes a class given at run time ({@code Class.forName}, {@code MethodHandles.Lookup.ensureInitialized},
 * {@code Constructor.newInstance}, {@code Method.invoke}), or a lambda's proxy (a method reference's call of a static
 * method or constructor), the first application frame below calling the JDK method above it (or a JDK supertype's
 * method it implements: {@code Iterator.next} of a {@code ServiceLoader}'s iterator; or the proxy's functional
 * interface method) at its line: which class is then not known from the code. Read from the frames' class files, as
 * their loader finds them (weft's rewrites keep the lines and these instructions); asked only of a thread suspected of
 * waiting for a class's initialization, and kept per question.
 */
final class InitializationTriggers {

    /**
     * The JDK's native methods in which a thread initializes a class it was given at run time: {@code Class.forName},
     * {@code Lookup.ensureInitialized}, and Java 17's reflection's {@code Constructor.newInstance} (which
     * {@code Class.newInstance} and a {@code ServiceLoader}'s providers go through) and {@code Method.invoke} (newer
     * JDKs' reflection goes through {@code ensureClassInitialized0}).
     */
    private static final Set<String> INITIALIZING_NATIVES = Set.of("java.lang.Class.forName0",
            "jdk.internal.misc.Unsafe.ensureClassInitialized0", "jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0",
            "jdk.internal.reflect.NativeMethodAccessorImpl.invoke0");

    /**
     * Where a thread waits for a class's initialization.
     *
     * @param at    the application frame that made it initialize the class
     * @param named whether that frame's line names the class (or a subclass); otherwise it asked the JDK to
     *              initialize a class given at run time
     */
    record Trigger(StackTraceElement at, boolean named) { }

    /** One instruction of a line that may make the JVM initialize a class. */
    private record Instruction(int opcode, String owner, String name, String descriptor) { }

    private final Map<String, Boolean> answers = new HashMap<>();

    /**
     * How {@code stack} (a thread's, top first) makes it initialize class {@code initialized}, or {@code null} when it
     * does not show it.
     */
    Trigger triggerOf(StackTraceElement[] stack, String initialized, ClassLoader loader) {
        if (stack.length == 0) {
            return null;
        }
        if (!stack[0].isNativeMethod() && !lambdaProxy(stack[0])) {
            return lineUses(stack[0], initialized, loader) ? new Trigger(stack[0], true) : null;
        }
        if (stack[0].isNativeMethod() && !INITIALIZING_NATIVES.contains(stack[0].getClassName() + "." + stack[0].getMethodName())) {
            return null;
        }
        for (int i = 1; i < stack.length; i++) {
            if (!inJdk(stack[i])) {
                return lineCalls(stack[i], stack[i - 1], loader) ? new Trigger(stack[i], false) : null;
            }
        }
        return null;
    }

    /** Whether the code of {@code frame}'s method at its line initializes class {@code initialized} (binary name). */
    boolean lineUses(StackTraceElement frame, String initialized, ClassLoader loader) {
        String type = initialized.replace('.', '/');
        return answer(frame, "uses " + type, loader, (found, types) -> found.stream().anyMatch(i -> initializes(i, type, types)));
    }

    private boolean lineCalls(StackTraceElement frame, StackTraceElement callee, ClassLoader loader) {
        String owner = callee.getClassName().replace('.', '/');
        return answer(frame, "calls " + owner + "." + callee.getMethodName(), loader, (found, types) -> found.stream()
                .anyMatch(i -> i.opcode >= Opcodes.INVOKEVIRTUAL && i.opcode <= Opcodes.INVOKEINTERFACE && i.name.equals(callee.getMethodName())
                        && (lambdaProxy(callee) ? i.opcode == Opcodes.INVOKEINTERFACE
                                : i.owner.equals(owner) || jdkSupertype(i.owner, callee.getClassName()))));
    }

    /**
     * Whether {@code frame} is a lambda's or method reference's proxy: a hidden class the JDK makes, with no class file
     * and no line, whose one method calls the lambda's body or the referenced method. Stopped in it, in no wait and
     * using no CPU, a thread waits for the initialization of the class the call initializes ({@code invokestatic},
     * {@code new}), which the frame does not say; its caller calls it through the functional interface.
     */
    private static boolean lambdaProxy(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.contains("$$Lambda") && name.indexOf('/') > 0;
    }

    /**
     * Whether {@code type} (internal name) is a JDK class or interface that the JDK class {@code jdkClass} extends or
     * implements: a call through {@code Iterator.next} runs a {@code ServiceLoader}'s iterator. Both are the boot
     * loader's and already loaded (a frame of {@code jdkClass} runs); neither is initialized by the look.
     */
    private static boolean jdkSupertype(String type, String jdkClass) {
        if (!type.startsWith("java/")) {
            return false;
        }
        try {
            return Class.forName(type.replace('/', '.'), false, null).isAssignableFrom(Class.forName(jdkClass, false, null));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean inJdk(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.");
    }

    private static boolean initializes(Instruction instruction, String initialized, DeclaredTypes types) {
        return switch (instruction.opcode) {
            case Opcodes.NEW -> types.newInitializes(instruction.owner, initialized);
            case Opcodes.GETSTATIC, Opcodes.PUTSTATIC -> types.fieldDeclaredBy(instruction.owner, instruction.name, initialized);
            case Opcodes.INVOKESTATIC -> types.methodDeclaredBy(instruction.owner, instruction.name, instruction.descriptor, initialized);
            default -> false;
        };
    }

    /** A question about the instructions at a frame's line. */
    private interface Question {
        boolean ask(List<Instruction> atLine, DeclaredTypes types);
    }

    private boolean answer(StackTraceElement frame, String about, ClassLoader loader, Question question) {
        String key = frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber() + " " + about;
        return answers.computeIfAbsent(key, k -> {
            List<Instruction> atLine = instructionsAt(frame, loader);
            return !atLine.isEmpty() && question.ask(atLine, new DeclaredTypes(loader));
        });
    }

    private static List<Instruction> instructionsAt(StackTraceElement frame, ClassLoader loader) {
        List<Instruction> found = new ArrayList<>();
        if (frame.getLineNumber() <= 0) {
            return found;
        }
        String resource = frame.getClassName().replace('.', '/') + ".class";
        ClassLoader from = loader != null ? loader : ClassLoader.getSystemClassLoader();
        try (InputStream in = from.getResourceAsStream(resource)) {
            if (in == null) {
                return found;
            }
            new ClassReader(in.readAllBytes()).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    return name.equals(frame.getMethodName()) ? new LineScan(frame.getLineNumber(), found) : null;
                }
            }, ClassReader.SKIP_FRAMES);
        } catch (IOException | RuntimeException e) {
            found.clear();
        }
        return found;
    }

    /** Walks one method, noting its field, method and {@code new} instructions at {@code line}. */
    private static final class LineScan extends MethodVisitor {
        private final int line;
        private final List<Instruction> found;
        private int current = -1;

        LineScan(int line, List<Instruction> found) {
            super(Opcodes.ASM9);
            this.line = line;
            this.found = found;
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            current = line;
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            note(new Instruction(opcode, owner, name, descriptor));
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            note(new Instruction(opcode, owner, name, descriptor));
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            note(new Instruction(opcode, type, "", ""));
        }

        private void note(Instruction instruction) {
            if (current == line) {
                found.add(instruction);
            }
        }
    }
}
