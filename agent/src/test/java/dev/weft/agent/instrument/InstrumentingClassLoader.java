package dev.weft.agent.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.IllegalClassFormatException;

/**
 * A child-first class loader that defines the classes under a package prefix itself, from the parent's
 * class files passed through a transformer, as the JVM does when it loads a class under an agent.
 */
final class InstrumentingClassLoader extends ClassLoader {

    private final String prefix;
    private final ClassFileTransformer transformer;

    InstrumentingClassLoader(ClassLoader parent, String prefix, ClassFileTransformer transformer) {
        super(parent);
        this.prefix = prefix;
        this.transformer = transformer;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(prefix)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                byte[] original = classFile(name);
                byte[] transformed = transform(name.replace('.', '/'), original);
                byte[] bytes = transformed == null ? original : transformed;
                type = defineClass(name, bytes, 0, bytes.length);
            }
            return type;
        }
    }

    /** Defines a class made by a test (not on the class path) as {@link #loadClass} would, transformed. */
    Class<?> defineInstrumented(String name, byte[] classFile) {
        synchronized (getClassLoadingLock(name)) {
            byte[] transformed = transform(name.replace('.', '/'), classFile);
            byte[] bytes = transformed == null ? classFile : transformed;
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    /**
     * Runs the transformer on a class file as the JVM does: {@code null} means "left unchanged", and so
     * does a transformer that throws (the JVM ignores that transformer's result).
     */
    byte[] transform(String internalName, byte[] classFile) {
        try {
            return transformer.transform(this, internalName, null, null, classFile);
        } catch (IllegalClassFormatException | RuntimeException e) {
            return null;
        }
    }

    private byte[] classFile(String name) throws ClassNotFoundException {
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
