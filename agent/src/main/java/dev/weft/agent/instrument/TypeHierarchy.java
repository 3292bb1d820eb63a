package dev.weft.agent.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * The supertypes of the classes one class loader sees, read from the header of each class file (its
 * superclass and interfaces) without loading the class: what {@link CallSiteHooks} asks about a call's
 * receiver. Much cheaper than a full type description, since nothing but the constant pool and the header
 * is read.
 *
 * <p>The headers read are kept in a cache the caller shares between the classes of one loader. A type whose
 * class file cannot be found or read has no supertypes.
 */
final class TypeHierarchy {

    /** The supertypes of a type that does not resolve. */
    private static final String[] NONE = {};

    private final ClassLoader loader;
    private final Map<String, String[]> supertypes;

    /**
     * @param loader     the class loader whose classes are asked about ({@code null}: the bootstrap loader)
     * @param supertypes the cache of this loader's headers, by internal name: the superclass (or
     *                   {@code null}) then the interfaces; safe for concurrent use
     */
    TypeHierarchy(ClassLoader loader, Map<String, String[]> supertypes) {
        this.loader = loader == null ? ClassLoader.getSystemClassLoader() : loader;
        this.supertypes = supertypes;
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
        String[] known = supertypes.get(type);
        if (known == null) { // read outside the map: reading a resource may load classes, and so transform others
            known = read(type);
            supertypes.putIfAbsent(type, known);
        }
        return known;
    }

    private String[] read(String type) {
        if (type.startsWith("java/")) {
            return jdkSupertypes(type);
        }
        try (InputStream in = loader.getResourceAsStream(type + ".class")) {
            if (in == null) {
                return NONE;
            }
            ClassReader header = OpenedClassReader.of(in.readAllBytes());
            String[] interfaces = header.getInterfaces();
            String[] direct = new String[interfaces.length + 1];
            direct[0] = header.getSuperName();
            System.arraycopy(interfaces, 0, direct, 1, interfaces.length);
            return direct;
        } catch (IOException | RuntimeException unreadable) {
            return NONE;
        }
    }

    /**
     * The supertypes of a type of the JDK's {@code java.*} packages, from its class: only the bootstrap and platform
     * loaders define those, and most of them are loaded already (if not, it is loaded, not initialized), which costs
     * far less than reading the class file from the runtime image through the loader's delegation.
     */
    private static String[] jdkSupertypes(String type) {
        try {
            Class<?> jdkType = Class.forName(type.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
            Class<?>[] interfaces = jdkType.getInterfaces();
            String[] direct = new String[interfaces.length + 1];
            Class<?> superclass = jdkType.isInterface() ? Object.class : jdkType.getSuperclass();
            direct[0] = superclass == null ? null : internalName(superclass);
            for (int i = 0; i < interfaces.length; i++) {
                direct[i + 1] = internalName(interfaces[i]);
            }
            return direct;
        } catch (ClassNotFoundException | LinkageError unknown) {
            return NONE;
        }
    }

    private static String internalName(Class<?> type) {
        return type.getName().replace('.', '/');
    }
}
