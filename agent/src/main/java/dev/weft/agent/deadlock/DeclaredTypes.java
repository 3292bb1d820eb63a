package dev.weft.agent.deadlock;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.FieldVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Which class the JVM initializes for an instruction that names a class, read from class files as a loader finds
 * them (never by loading a class): the declaring class of a static field or method reached through a subclass, and
 * the superclasses and the superinterfaces with default methods that {@code new} of a class initializes first
 * (JLS 12.4.1 and 12.4.2). Asked only of a thread suspected of waiting for a class's initialization; each class file is
 * read once per loader.
 */
final class DeclaredTypes {

    /** What one class file declares: its supertypes and members (fields by name, methods by name and descriptor). */
    private record Declared(String superName, List<String> interfaces, Set<String> members, boolean hasDefaultMethod) { }

    private static final Declared UNREADABLE = new Declared(null, List.of(), Set.of(), false);

    private final ClassLoader loader;
    private final Map<String, Declared> read = new HashMap<>();

    DeclaredTypes(ClassLoader loader) {
        this.loader = loader != null ? loader : ClassLoader.getSystemClassLoader();
    }

    /** Whether {@code new owner} initializes {@code initialized}: the class itself, a superclass, or a superinterface with a default method. */
    boolean newInitializes(String owner, String initialized) {
        Set<String> interfaces = new HashSet<>();
        for (String type = owner; type != null; type = declared(type).superName) {
            if (type.equals(initialized)) {
                return true;
            }
            collectInterfaces(type, interfaces);
        }
        return interfaces.contains(initialized) && declared(initialized).hasDefaultMethod;
    }

    /** Whether the static field {@code name} named through {@code owner} is declared by {@code initialized} (JVMS 5.4.3.2). */
    boolean fieldDeclaredBy(String owner, String name, String initialized) {
        return initialized.equals(fieldOwner(owner, name, new HashSet<>()));
    }

    /** Whether the static method named through class {@code owner} is declared by {@code initialized}, a superclass of it (JVMS 5.4.3.3). */
    boolean methodDeclaredBy(String owner, String name, String descriptor, String initialized) {
        for (String type = owner; type != null; type = declared(type).superName) {
            if (declared(type).members.contains(name + descriptor)) {
                return type.equals(initialized);
            }
        }
        return false;
    }

    private String fieldOwner(String type, String name, Set<String> visited) {
        if (type == null || !visited.add(type)) {
            return null;
        }
        Declared declared = declared(type);
        if (declared.members.contains(name)) {
            return type;
        }
        for (String superInterface : declared.interfaces) {
            String found = fieldOwner(superInterface, name, visited);
            if (found != null) {
                return found;
            }
        }
        return fieldOwner(declared.superName, name, visited);
    }

    private void collectInterfaces(String type, Set<String> into) {
        for (String superInterface : declared(type).interfaces) {
            if (into.add(superInterface)) {
                collectInterfaces(superInterface, into);
            }
        }
    }

    private Declared declared(String type) {
        return read.computeIfAbsent(type, this::read);
    }

    private Declared read(String type) {
        try (InputStream in = loader.getResourceAsStream(type + ".class")) {
            if (in == null) {
                return UNREADABLE;
            }
            ClassReader reader = new ClassReader(in.readAllBytes());
            Set<String> members = new HashSet<>();
            boolean[] hasDefault = {false};
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                    members.add(name);
                    return null;
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    members.add(name + descriptor);
                    hasDefault[0] |= (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) == 0;
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            boolean isInterface = (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0;
            return new Declared(reader.getSuperName(), List.of(reader.getInterfaces()), members, isInterface && hasDefault[0]);
        } catch (IOException | RuntimeException e) {
            return UNREADABLE;
        }
    }
}
