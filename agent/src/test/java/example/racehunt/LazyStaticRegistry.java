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
        int[] sizes = new int[2];
        Threads.runAll(new String[] {"boot-web", "boot-jobs"},
                () -> sizes[0] = get().names.size(),
                () -> sizes[1] = get().names.size());
        System.out.println("registries seen " + sizes[0] + sizes[1]);
    }
}
