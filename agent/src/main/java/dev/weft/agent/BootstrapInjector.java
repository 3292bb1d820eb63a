package dev.weft.agent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Puts the runtime hooks ({@code dev.weft.runtime}) into the bootstrap class loader, so that classes of
 * every class loader call the same {@code Weft} facade.
 *
 * <p>The agent jar carries the runtime as a nested jar (a resource, not as classes, so that the system
 * class loader can never define a second copy). Its few classes are defined directly in the bootstrap
 * loader through the JDK's internal {@code Unsafe}, exported to weft for that purpose with
 * {@link Instrumentation#redefineModule}. That leaves the bootstrap search path alone: appending to it
 * makes the JVM print a warning and turn off class-data sharing for application classes. Where the
 * direct definition is not possible, the nested jar is appended to the bootstrap search path instead.
 */
final class BootstrapInjector {

    static final String RUNTIME_RESOURCE = "weft-runtime.jar.bin";

    private BootstrapInjector() { }

    static void inject(Instrumentation inst) throws IOException {
        byte[] runtimeJar = runtimeJar();
        try {
            defineInBootstrap(inst, runtimeClasses(runtimeJar));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            appendToBootstrapSearch(inst, runtimeJar);
        }
        openConcurrencyToRuntime(inst);
    }

    /**
     * Opens {@code java.util.concurrent} to the runtime, whose scheduled pools of a controlled run put a work
     * queue of the model's around the JDK's own (see {@code ModelledScheduledThreadPoolExecutor}), and
     * {@code java.util.stream}, whose pipelines it looks at before it runs a parallel {@code forEach} in the model
     * ({@code ParallelStreams}); where it cannot, they stay the JDK's.
     */
    private static void openConcurrencyToRuntime(Instrumentation inst) {
        try {
            Module runtime = Class.forName("dev.weft.runtime.Weft", false, null).getModule();
            inst.redefineModule(Object.class.getModule(), Set.of(), Map.of(),
                    Map.of("java.util.concurrent", Set.of(runtime), "java.util.stream", Set.of(runtime)), Set.of(), Map.of());
        } catch (ClassNotFoundException | RuntimeException e) {
            // scheduled pools are then not the model's
        }
    }

    private static Map<String, byte[]> runtimeClasses(byte[] runtimeJar) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>(); // an outer type sorts before its nested ones
        try (ZipInputStream jar = new ZipInputStream(new ByteArrayInputStream(runtimeJar))) {
            for (ZipEntry entry; (entry = jar.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.endsWith(".class") && !name.endsWith("module-info.class") && !name.endsWith("package-info.class")) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    jar.transferTo(bytes);
                    classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), bytes.toByteArray());
                }
            }
        }
        return classes;
    }

    /** Defines the classes, each after the types it extends (a definition fails until they exist). */
    private static void defineInBootstrap(Instrumentation inst, Map<String, byte[]> classes) throws ReflectiveOperationException {
        Module javaBase = Object.class.getModule();
        inst.redefineModule(javaBase, Set.of(), Map.of("jdk.internal.misc", Set.of(BootstrapInjector.class.getModule())),
                Map.of(), Set.of(), Map.of());
        Class<?> unsafeType = Class.forName("jdk.internal.misc.Unsafe");
        Object unsafe = unsafeType.getMethod("getUnsafe").invoke(null);
        Method define = unsafeType.getMethod("defineClass", String.class, byte[].class, int.class, int.class,
                ClassLoader.class, java.security.ProtectionDomain.class);
        Map<String, byte[]> pending = new LinkedHashMap<>(classes);
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, byte[]> entry = it.next();
                try {
                    define.invoke(unsafe, entry.getKey(), entry.getValue(), 0, entry.getValue().length, null, null);
                    it.remove();
                } catch (java.lang.reflect.InvocationTargetException e) {
                    if (!(e.getCause() instanceof NoClassDefFoundError)) {
                        throw e;
                    }
                }
            }
            if (pending.size() == before) {
                throw new IllegalStateException("cannot define " + pending.keySet() + " in the bootstrap loader");
            }
        }
    }

    private static void appendToBootstrapSearch(Instrumentation inst, byte[] runtimeJar) throws IOException {
        Path jar = Files.createTempFile("weft-runtime-", ".jar");
        jar.toFile().deleteOnExit();
        Files.write(jar, runtimeJar);
        inst.appendToBootstrapClassLoaderSearch(new JarFile(jar.toFile()));
    }

    /**
     * The nested jar's bytes, read from the agent jar's file: the class loader's resource URL would open a jar
     * connection, which loads and runs a dozen classes more at every start.
     */
    private static byte[] runtimeJar() throws IOException {
        CodeSource source = BootstrapInjector.class.getProtectionDomain().getCodeSource();
        if (source != null && "file".equals(source.getLocation().getProtocol())) {
            try (JarFile agent = new JarFile(new File(source.getLocation().toURI()))) {
                ZipEntry entry = agent.getEntry(BootstrapInjector.class.getPackageName().replace('.', '/') + "/" + RUNTIME_RESOURCE);
                if (entry != null) {
                    try (InputStream in = agent.getInputStream(entry)) {
                        return in.readAllBytes();
                    }
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a plain file: read through the class loader below
            }
        }
        try (InputStream in = BootstrapInjector.class.getResourceAsStream(RUNTIME_RESOURCE)) {
            if (in == null) {
                throw new IOException("the agent jar does not contain " + RUNTIME_RESOURCE);
            }
            return in.readAllBytes();
        }
    }
}
