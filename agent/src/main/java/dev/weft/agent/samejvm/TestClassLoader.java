package dev.weft.agent.samejvm;

import dev.weft.agent.junit.TestFramework;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * The class loader of one schedule of a test: the test's classes and the libraries beside them are loaded afresh over
 * the class path, as a fresh JVM would load them; the test framework's classes ({@link TestFramework}) are the JVM's,
 * loaded once by the system class loader, so that the framework's launcher stays warm and knows the test's
 * annotations.
 */
final class TestClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    TestClassLoader(URL[] classPath) {
        super(classPath, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (TestFramework.owns(name)) {
            return ClassLoader.getSystemClassLoader().loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
