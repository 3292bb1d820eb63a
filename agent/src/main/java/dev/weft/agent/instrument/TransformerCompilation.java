package dev.weft.agent.instrument;

import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the C2 compiler off the code that transforms classes (this package and the shaded ASM and Byte Buddy),
 * with a compiler directive ({@code jcmd}'s {@code Compiler.directives_add}, run in-process): that code stays
 * hot as long as the program loads classes, and C2 compiled it again and again for a fraction of its
 * run time, while C1's code of it is fast enough (in race mode, and in deadlock-only mode, where it runs at start-up
 * only). Only weft's own classes are matched; the program's code and
 * weft's hooks compile as before. Where the JDK has no {@code jdk.management} module or the directive
 * cannot be added, nothing changes.
 */
final class TransformerCompilation {

    private static final String DIRECTIVES = "[{ match: [\"dev/weft/agent/instrument/*.*\", \"dev/weft/shaded/asm/*.*\","
            + " \"dev/weft/shaded/bytebuddy/*.*\"], c2: { Exclude: true } }]";
    private static boolean added; // guarded by the class

    private TransformerCompilation() { }

    /** Adds the directive, once per JVM; {@code inst} opens the JDK's diagnostic command to weft. */
    static synchronized void keepFromC2(Instrumentation inst) {
        if (added) {
            return;
        }
        added = true;
        Optional<Module> management = ModuleLayer.boot().findModule("jdk.management");
        if (management.isEmpty()) {
            return;
        }
        Path file = null;
        try {
            inst.redefineModule(management.get(), Set.of(), Map.of(),
                    Map.of("com.sun.management.internal", Set.of(TransformerCompilation.class.getModule())), Set.of(), Map.of());
            Class<?> commands = Class.forName(management.get(), "com.sun.management.internal.DiagnosticCommandImpl");
            if (commands == null) {
                return;
            }
            // its initialization loads the native library of the diagnostic commands, and does nothing else
            Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl", true, commands.getClassLoader());
            Method bean = commands.getDeclaredMethod("getDiagnosticCommandMBean");
            bean.setAccessible(true);
            Method execute = commands.getDeclaredMethod("executeDiagnosticCommand", String.class);
            execute.setAccessible(true);
            file = Files.createTempFile("weft-compiler-directives", ".json");
            Files.writeString(file, DIRECTIVES);
            execute.invoke(bean.invoke(null), "Compiler.directives_add " + file);
        } catch (ReflectiveOperationException | IOException | RuntimeException | LinkageError notAdded) {
            // compilation stays as it is: slower, never wrong
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException | RuntimeException ignored) {
                    // a temporary file left behind
                }
            }
        }
    }
}
