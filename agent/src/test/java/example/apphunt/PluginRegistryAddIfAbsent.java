package example.apphunt;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plugin registry on a {@code CopyOnWriteArrayList}: loader threads build each plugin (a mutable descriptor,
 * complete before it is registered) and register it with {@code addIfAbsent} (plugins are equal by name, so a plugin
 * two loaders find is registered once); dispatcher threads iterate the snapshot and read the descriptors, and
 * {@code main} reads the registry after the joins. Descriptors are never changed after registration.
 */
// weft: expect none
public final class PluginRegistryAddIfAbsent {

    static final class Plugin {
        final String name;
        String[] hooks;
        int priority;

        Plugin(String name) {
            this.name = name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Plugin && ((Plugin) other).name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        CopyOnWriteArrayList<Plugin> registry = new CopyOnWriteArrayList<>();
        Thread[] threads = new Thread[4];
        long[] dispatched = new long[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int me = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 60; i++) {
                    if (me < 2) {
                        Plugin plugin = new Plugin("plugin-" + (i + me * 30) % 45);
                        plugin.hooks = new String[] {"onStart", "onRequest-" + i};
                        plugin.priority = i % 5;
                        registry.addIfAbsent(plugin);
                    } else {
                        for (Plugin plugin : registry) {
                            dispatched[me] += plugin.priority + plugin.hooks[1].length();
                        }
                    }
                }
            }, me < 2 ? "loader-" + me : "dispatcher-" + me);
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        int hooks = 0;
        for (Plugin plugin : registry) {
            hooks += plugin.hooks.length;
        }
        System.out.println(registry.size() + " plugins, " + hooks + " hooks, " + (dispatched[2] + dispatched[3]));
    }
}
