package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassFilterTest {

    private final ClassLoader app = ClassFilterTest.class.getClassLoader();

    @Test
    void emptyIncludeAcceptsEveryApplicationClass() {
        assertTrue(ClassFilter.all().accepts("com.example.Foo", app));
        assertTrue(ClassFilter.all().accepts("Unpackaged", app));
    }

    @Test
    void jdkWeftAndByteBuddyClassesAreNeverAcceptedButWeftSamplesAre() {
        ClassFilter everything = ClassFilter.of(List.of(""), List.of());
        for (String name : List.of("java.lang.Thread", "javax.swing.JFrame", "jdk.internal.misc.Unsafe",
                "sun.misc.Unsafe", "com.sun.proxy.$Proxy1", "dev.weft.runtime.Weft", "dev.weft.agent.WeftAgent",
                "net.bytebuddy.ByteBuddy")) {
            assertFalse(everything.accepts(name, app), name);
        }
        assertTrue(everything.accepts("dev.weft.samples.deadlock.Philosophers", app));
        assertTrue(everything.accepts("dev.weft.bench.bugs.TransferDeadlock", app));
    }

    @Test
    void includeAndExcludePrefixesNarrowTheSelection() {
        ClassFilter filter = ClassFilter.of(List.of("com.example.", "org.acme.Main"), List.of("com.example.gen."));
        assertTrue(filter.accepts("com.example.Foo", app));
        assertTrue(filter.accepts("org.acme.Main$Inner", app));
        assertFalse(filter.accepts("org.acme.Other", app));
        assertFalse(filter.accepts("com.example.gen.Stub", app));
    }

    @Test
    void classesOfTheBootstrapAndPlatformLoadersAreNeverAccepted() {
        assertFalse(ClassFilter.all().accepts("com.example.Foo", null));
        assertFalse(ClassFilter.all().accepts("com.example.Foo", ClassLoader.getPlatformClassLoader()));
    }
}
