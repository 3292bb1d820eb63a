package example.racehunt;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * A plugin is packed in a jar and loaded from it by a {@link URLClassLoader}, as plugins usually are; two
 * threads run it, and it counts its calls in a plain instance field.
 */
// weft: expect race example.racehunt.JarPluginCounter$Plugin.calls threads=worker-1,worker-2
public final class JarPluginCounter {

    /** The plugin, loaded again from the jar. */
    public static final class Plugin implements Runnable {
        int calls;

        @Override
        public void run() {
            for (int i = 0; i < 100; i++) {
                calls++; // weft: race
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String entry = Plugin.class.getName().replace('.', '/') + ".class";
        Path jar = Files.createTempFile("plugin", ".jar");
        try (InputStream in = JarPluginCounter.class.getResourceAsStream("/" + entry);
                OutputStream out = Files.newOutputStream(jar);
                JarOutputStream packed = new JarOutputStream(out)) {
            packed.putNextEntry(new JarEntry(entry));
            in.transferTo(packed);
            packed.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Runnable plugin = (Runnable) loader.loadClass(Plugin.class.getName()).getDeclaredConstructor().newInstance();
            Threads.runAll(new String[] {"worker-1", "worker-2"}, plugin, plugin);
        } finally {
            Files.delete(jar);
        }
        System.out.println("done");
    }
}
