package dev.weft.agent.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.ClassReader;

/**
 * The supertypes and fields of the classes one class loader sees, read from the header of each class file (its
 * superclass, interfaces and fields) without loading the class: what {@link CallSiteHooks} asks about a call's
 * receiver, and {@link TrackedFields} about the class that declares an inherited field. Much cheaper than a
 * full type description, since nothing but the constant pool, the header and the fields is read.
 *
 * <p>The headers read are kept in a cache the caller shares between the classes of one loader. A type whose
 * class file cannot be found or read has no supertypes and no fields.
 */
final class TypeHierarchy {

    /** What weft knows of one type: its superclass (or {@code null}) then its interfaces, and its fields' flags by name. */
    record Header(String[] supertypes, Map<String, Integer> fields) { }

    /** A field and the class that declares it (its internal name), with the field's access flags. */
    record DeclaredField(String declaringClass, int access) { }

    /** The header of a type that does not resolve. */
    private static final Header NONE = new Header(new String[0], Map.of());

    private final ClassLoader loader;
    private final Map<String, Header> headers;

    /**
     * @param loader  the class loader whose classes are asked about ({@code null}: the bootstrap loader)
     * @param headers the cache of this loader's headers, by internal name; safe for concurrent use
     */
    TypeHierarchy(ClassLoader loader, Map<String, Header> headers) {
        this.loader = loader == null ? ClassLoader.getSystemClassLoader() : loader;
        this.headers = headers;
    }

    /** The class loader whose classes are asked about (the system loader for the bootstrap one). */
    ClassLoader loader() {
        return loader;
    }

    /**
     * The field {@code name} as {@code type} or its nearest superclass declares it (the class a {@code getfield}
     * of {@code type.name} resolves to), or {@code null} when no class of the chain declares it or a class of
     * the chain does not resolve.
     */
    DeclaredField declaring(String type, String name) {
        for (String next = type; next != null; ) {
            Header header = fieldsOf(next);
            if (header == NONE) {
                return null;
            }
            Integer access = header.fields().get(name);
            if (access != null) {
                return new DeclaredField(next, access);
            }
            next = header.supertypes()[0];
        }
        return null;
    }

    /** Whether {@code type} is {@code supertype} or a subtype of it (both internal names). */
    boolean isA(String type, String supertype) {
        Deque<String> pending = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        pending.push(type);
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (next.equals(supertype)) {
                return true;
            }
            if (seen.add(next)) {
                for (String direct : supertypesOf(next)) {
                    if (direct != null) {
                        pending.push(direct);
                    }
                }
            }
        }
        return false;
    }

    /**
     * The nearest class among {@code type} and its superclasses whose internal name starts with
     * {@code prefix}, or {@code null} when there is none or the chain does not resolve.
     */
    String nearestClassIn(String type, String prefix) {
        for (String next = type; next != null; ) {
            if (next.startsWith(prefix)) {
                return next;
            }
            String[] direct = supertypesOf(next);
            next = direct.length == 0 ? null : direct[0];
        }
        return null;
    }

    private String[] supertypesOf(String type) {
        Header known = headers.get(type);
        if (known == null) { // read outside the map: reading a resource may load classes, and so transform others
            known = type.startsWith("java/") ? jdkSupertypes(type) : fromClassFile(type);
            headers.putIfAbsent(type, known);
        }
        return known.supertypes();
    }

    /** The header of {@code type} with its fields: a JDK type's, whose supertypes came from its class, is read again. */
    private Header fieldsOf(String type) {
        Header known = headers.get(type);
        if (known == null || known.fields() == null) {
            known = fromClassFile(type);
            if (known != NONE || !type.startsWith("java/")) { // a JDK type's supertypes from its class stay if its file is unreadable
                headers.put(type, known);
            }
        }
        return known;
    }

    private Header fromClassFile(String type) {
        try (InputStream in = loader.getResourceAsStream(type + ".class")) {
            if (in == null) {
                return NONE;
            }
            ClassReader header = ClassReaders.of(in.readAllBytes());
            String[] interfaces = header.getInterfaces();
            String[] direct = new String[interfaces.length + 1];
            direct[0] = header.getSuperName();
            System.arraycopy(interfaces, 0, direct, 1, interfaces.length);
            return new Header(direct, fields(header));
        } catch (IOException | RuntimeException unreadable) {
            return NONE;
        }
    }

    /** The fields' access flags by name, read from the class file's field table (JVMS 4.5) after its interfaces. */
    private static Map<String, Integer> fields(ClassReader header) {
        char[] buffer = new char[header.getMaxStringLength()];
        int offset = header.header + 6;
        offset += 2 + 2 * header.readUnsignedShort(offset);
        int count = header.readUnsignedShort(offset);
        offset += 2;
        Map<String, Integer> fields = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            fields.put(header.readUTF8(offset + 2, buffer), header.readUnsignedShort(offset));
            int attributes = header.readUnsignedShort(offset + 6);
            offset += 8;
            for (int a = 0; a < attributes; a++) {
                offset += 6 + header.readInt(offset + 2);
            }
        }
        return fields;
    }

    /**
     * The supertypes of a type of the JDK's {@code java.*} packages, from its class: only the bootstrap and platform
     * loaders define those, and most of them are loaded already (if not, it is loaded, not initialized), which costs
     * far less than reading the class file from the runtime image through the loader's delegation. Its fields are
     * left unread ({@code null}) until asked for.
     */
    private static Header jdkSupertypes(String type) {
        try {
            Class<?> jdkType = Class.forName(type.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
            Class<?>[] interfaces = jdkType.getInterfaces();
            String[] direct = new String[interfaces.length + 1];
            Class<?> superclass = jdkType.isInterface() ? Object.class : jdkType.getSuperclass();
            direct[0] = superclass == null ? null : internalName(superclass);
            for (int i = 0; i < interfaces.length; i++) {
                direct[i + 1] = internalName(interfaces[i]);
            }
            return new Header(direct, null);
        } catch (ClassNotFoundException | LinkageError unknown) {
            return NONE;
        }
    }

    private static String internalName(Class<?> type) {
        return type.getName().replace('.', '/');
    }
}
