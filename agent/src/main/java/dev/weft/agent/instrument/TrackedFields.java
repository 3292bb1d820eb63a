package dev.weft.agent.instrument;

import dev.weft.agent.site.FieldRegistry;
import java.util.HashMap;
import java.util.Map;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Decides, for the field accesses of one class, which field an access names and whether it is tracked:
 * final and synthetic fields are not. A field is named by its declaring class, so a {@code getfield B.f}
 * of a field that {@code B} inherits from {@code A} gets {@code A.f}'s id.
 *
 * <p>The class's own fields are known from its class file; other classes' from the headers of their class files
 * ({@link TypeHierarchy}, cached per loader), read when first asked. A field whose declaration cannot be found (its class
 * file is missing, or it is an interface's constant) is not tracked: without its modifiers weft cannot
 * tell a volatile field from a plain one, and taking a volatile one for plain would report false races.
 */
final class TrackedFields {

    /** A tracked field: its id, and whether accesses to it synchronize. */
    record Tracked(int id, boolean isVolatile) { }

    private static final Tracked UNTRACKED = new Tracked(-1, false);

    private final FieldRegistry registry;
    private final ClassLoader loader;
    private final TypeHierarchy types;
    private final Map<String, Integer> ownFields = new HashMap<>();
    private final Map<String, Tracked> resolved = new HashMap<>();
    private String owner;
    private String superName;

    /**
     * @param loader the loader of the class, which names the fields it accesses
     * @param types  the headers of that loader's classes, asked only when a field is not the class's own
     */
    TrackedFields(FieldRegistry registry, ClassLoader loader, TypeHierarchy types) {
        this.registry = registry;
        this.loader = loader;
        this.types = types;
    }

    /** The class being instrumented: its internal name and its superclass's. */
    void enter(String owner, String superName) {
        this.owner = owner;
        this.superName = superName;
    }

    /** One of the class's own fields, with its access flags. */
    void declare(int access, String name) {
        ownFields.put(name, access);
    }

    /**
     * The field that {@code owner.name} names if its accesses are tracked, else {@code null}.
     *
     * @param owner the internal name of the class the access names
     * @param name  the field's name
     */
    Tracked resolve(String owner, String name) {
        Tracked tracked = resolved.computeIfAbsent(owner + '.' + name, key -> lookUp(owner, name));
        return tracked == UNTRACKED ? null : tracked;
    }

    private Tracked lookUp(String fieldOwner, String name) {
        if (fieldOwner.equals(owner)) {
            Integer access = ownFields.get(name);
            if (access != null) {
                return tracked(owner.replace('/', '.'), name, access);
            }
            return superName == null ? UNTRACKED : inHierarchy(superName, name);
        }
        return inHierarchy(fieldOwner, name);
    }

    private Tracked inHierarchy(String type, String name) {
        TypeHierarchy.DeclaredField found = types.declaring(type, name);
        return found == null ? UNTRACKED : tracked(found.declaringClass().replace('/', '.'), name, found.access());
    }

    private Tracked tracked(String declaringClass, String name, int access) {
        if ((access & (Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC)) != 0) {
            return UNTRACKED;
        }
        return new Tracked(registry.id(loader, declaringClass, name), (access & Opcodes.ACC_VOLATILE) != 0);
    }
}
