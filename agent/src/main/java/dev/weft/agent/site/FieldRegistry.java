package dev.weft.agent.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Hands out the int ids of the fields whose accesses are instrumented, one per (class loader, declaring
 * class, field name), and resolves them back to the report's name of the field.
 *
 * <p>Ids are dense (0, 1, 2, …), so per-field state of static fields can live in an array. Registration
 * happens at transform time and is synchronized; {@link #name} is read on report paths only.
 */
public final class FieldRegistry {

    private final Map<ClassLoader, Map<String, Integer>> idsByLoader = new WeakHashMap<>(); // guarded by this
    private final Map<String, Integer> bootstrapIds = new HashMap<>(); // guarded by this
    private final List<String> names = new ArrayList<>(); // guarded by this

    /**
     * The id of a field.
     *
     * @param loader         the loader whose classes name it ({@code null} for the bootstrap loader)
     * @param declaringClass the binary name of the class that declares it ({@code com.example.A$B})
     * @param field          its name
     * @return its id
     */
    public synchronized int id(ClassLoader loader, String declaringClass, String field) {
        Map<String, Integer> ids = loader == null ? bootstrapIds : idsByLoader.computeIfAbsent(loader, l -> new HashMap<>());
        return ids.computeIfAbsent(declaringClass + "." + field, name -> {
            names.add(name);
            return names.size() - 1;
        });
    }

    /** The field's name as the report gives it, {@code com.example.A.f}; {@code ?} for an unknown id. */
    public synchronized String name(int id) {
        return id >= 0 && id < names.size() ? names.get(id) : "?";
    }
}
