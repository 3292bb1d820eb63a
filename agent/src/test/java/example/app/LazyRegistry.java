package example.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A static singleton made lazily with a check-then-act: two threads that both find it missing each make one, and the
 * constructor's count of registries made (a plain static field) is then written by both without order: a race that
 * only that interleaving shows, and only while the singleton is still missing, so only with fresh static state. It
 * counts its runs in the JVM in a system property, which outlives its classes: {@code run N in this JVM}.
 */
public final class LazyRegistry {
    private static volatile LazyRegistry instance;
    static int made;

    private final List<String> names = Collections.synchronizedList(new ArrayList<>());

    private LazyRegistry() {
        made++;
    }

    static LazyRegistry registry() {
        LazyRegistry registry = instance;
        if (registry == null) {
            registry = new LazyRegistry();
            instance = registry;
        }
        return registry;
    }

    public static void main(String[] args) throws Exception {
        Thread first = new Thread(() -> registry().names.add("first"));
        Thread second = new Thread(() -> registry().names.add("second"));
        first.start();
        second.start();
        first.join();
        second.join();
        int run = Integer.getInteger("example.app.runs", 0) + 1;
        System.setProperty("example.app.runs", Integer.toString(run));
        System.out.println("registered " + registry().names.size() + ", run " + run + " in this JVM");
    }
}
