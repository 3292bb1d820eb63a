package example.racehunt;

import java.util.ArrayList;
import java.util.List;

/** A lazily created static singleton with no lock: two threads may both see null and both create it. */
// weft: expect race example.racehunt.LazyStaticRegistry.instance threads=boot-web,boot-jobs
public final class LazyStaticRegistry {

    private static LazyStaticRegistry instance;

    private final List<String> names = new ArrayList<>();

    static LazyStaticRegistry get() {
        LazyStaticRegistry registry = instance; // weft: race
        if (registry == null) {
            registry = new LazyStaticRegistry();
            instance = registry; // weft: race
        }
        return registry;
    }

    public static void main(String[] args) throws InterruptedException {
        LazyStaticRegistry[] seen = new LazyStaticRegistry[2];
        Threads.runAll(new String[] {"boot-web", "boot-jobs"},
                () -> seen[0] = get(),
                () -> seen[1] = get());
        System.out.println("one registry " + (seen[0] == seen[1]) + ", " + seen[0].names.size() + " names");
    }
}
