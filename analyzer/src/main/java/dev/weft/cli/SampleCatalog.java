package dev.weft.cli;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The samples in a samples jar: every class annotated with {@code dev.weft.samples.Sample}, read
 * reflectively so that weft's CLI does not depend on the samples module. Classes are loaded but not
 * initialised: no sample code runs.
 */
public final class SampleCatalog {

    private static final String ANNOTATION = "dev.weft.samples.Sample";
    private static final String PREFIX = "dev/weft/samples/";

    private SampleCatalog() { }

    /** The samples in {@code jar}, sorted by package then buggy-before-correct, then name. */
    public static List<SampleInfo> read(Path jar) throws IOException {
        List<SampleInfo> samples = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile());
             URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.startsWith(PREFIX) && name.endsWith(".class") && !name.contains("$")) {
                    SampleInfo sample = describe(loader, name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                    if (sample != null) {
                        samples.add(sample);
                    }
                }
            }
        }
        samples.sort(Comparator.comparing(SampleInfo::group)
                .thenComparing(s -> s.twin().isEmpty() ? s.simpleName() : s.expectsFinding() ? s.simpleName() : s.twin())
                .thenComparing(s -> !s.expectsFinding()));
        return samples;
    }

    private static SampleInfo describe(ClassLoader loader, String className) {
        try {
            Class<?> type = Class.forName(className, false, loader);
            for (Annotation annotation : type.getAnnotations()) {
                if (annotation.annotationType().getName().equals(ANNOTATION)) {
                    return new SampleInfo(className, (String) value(annotation, "shows"), (String) value(annotation, "expect"),
                            List.of((String[]) value(annotation, "threads")), (String) value(annotation, "twin"),
                            (String) value(annotation, "field"), (String) value(annotation, "options"));
                }
            }
            return null;
        } catch (ReflectiveOperationException | LinkageError e) {
            return null; // not a sample we can read
        }
    }

    private static Object value(Annotation annotation, String element) throws ReflectiveOperationException {
        Method method = annotation.annotationType().getMethod(element);
        return method.invoke(annotation);
    }
}
