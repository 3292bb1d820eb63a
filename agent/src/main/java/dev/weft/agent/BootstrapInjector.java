package dev.weft.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarFile;

/**
 * Puts the runtime hooks ({@code dev.weft.runtime}) on the bootstrap class path, so that classes of every
 * class loader call the same {@code Weft} facade.
 *
 * <p>The agent jar carries the runtime as a nested jar (a resource, not as classes, so that the system
 * class loader can never define a second copy). It is copied to a temporary file, deleted at exit, and
 * appended to the bootstrap search path. This must happen before any class that names a runtime type is
 * loaded.
 */
final class BootstrapInjector {

    static final String RUNTIME_RESOURCE = "weft-runtime.jar.bin";

    private BootstrapInjector() { }

    static void inject(Instrumentation inst) throws IOException {
        Path jar = Files.createTempFile("weft-runtime-", ".jar");
        jar.toFile().deleteOnExit();
        try (InputStream in = BootstrapInjector.class.getResourceAsStream(RUNTIME_RESOURCE)) {
            if (in == null) {
                throw new IOException("the agent jar does not contain " + RUNTIME_RESOURCE);
            }
            Files.copy(in, jar, StandardCopyOption.REPLACE_EXISTING);
        }
        inst.appendToBootstrapClassLoaderSearch(new JarFile(jar.toFile()));
    }
}
