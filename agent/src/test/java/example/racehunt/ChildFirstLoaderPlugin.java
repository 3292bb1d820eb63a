package example.racehunt;

import java.io.IOException;
import java.io.InputStream;

/**
 * A plugin host defines the plugin's class itself, from the class file's bytes, in a class loader of its own;
 * two worker threads run the plugin, which counts its calls in a plain static field.
 */
// weft: expect race example.racehunt.ChildFirstLoaderPlugin$Plugin.calls threads=worker-1,worker-2
public final class ChildFirstLoaderPlugin {

    /** The plugin: its class is defined again by {@link PluginLoader}. */
    public static final class Plugin implements Runnable {
        static int calls;

        @Override
        public void run() {
            for (int i = 0; i < 100; i++) {
                calls++; // weft: race
            }
        }
    }

    /** Defines the plugin's class from its bytes, without asking its parent. */
    static final class PluginLoader extends ClassLoader {
        PluginLoader() {
            super("plugins", ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            try (InputStream in = ChildFirstLoaderPlugin.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Class<?> type = new PluginLoader().loadClass(Plugin.class.getName());
        Runnable plugin = (Runnable) type.getDeclaredConstructor().newInstance();
        Threads.runAll(new String[] {"worker-1", "worker-2"}, plugin, plugin);
        System.out.println("loaded by " + type.getClassLoader().getName());
    }
}
