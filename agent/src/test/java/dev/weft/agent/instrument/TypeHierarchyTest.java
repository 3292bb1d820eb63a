package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class TypeHierarchyTest {

    private final TypeHierarchy types = new TypeHierarchy(TypeHierarchyTest.class.getClassLoader(), new ConcurrentHashMap<>());

    @Test
    void findsSupertypesThroughSuperclassesAndInterfaces() {
        assertTrue(types.isA("java/util/concurrent/locks/ReentrantReadWriteLock$WriteLock", "java/util/concurrent/locks/Lock"));
        assertTrue(types.isA("com/example/locks/DelegatingLock", "java/util/concurrent/locks/Lock"));
        assertTrue(types.isA("java/util/ArrayList", "java/io/Serializable")); // an interface of the class itself
        assertTrue(types.isA("java/lang/Thread", "java/lang/Thread"));
        assertFalse(types.isA("java/util/ArrayList", "java/util/concurrent/locks/Lock"));
    }

    @Test
    void theJdksTypesAreAnsweredFromTheirClassesAsFromTheirClassFiles() {
        assertTrue(types.isA("java/util/List", "java/lang/Object")); // an interface's superclass, as its class file names it
        assertTrue(types.isA("java/util/concurrent/locks/ReentrantReadWriteLock$ReadLock", "java/io/Serializable"));
        assertEquals("java/lang/Thread", types.nearestClassIn("java/lang/Thread", "java/"));
        assertFalse(types.isA("java/util/NoSuchType", "java/lang/Object"));
        assertNull(types.nearestClassIn("java/lang/Object", "javax/"));
    }

    @Test
    void aTypeThatDoesNotResolveHasNoSupertypes() {
        assertFalse(types.isA("com/example/Missing", "java/lang/Object"));
        assertNull(types.nearestClassIn("com/example/Missing", "java/"));
    }

    @Test
    void namesTheNearestClassUnderAPrefix() {
        assertEquals("java/util/concurrent/ThreadPoolExecutor",
                types.nearestClassIn("java/util/concurrent/ScheduledThreadPoolExecutor", "java/util/concurrent/Thread"));
        assertEquals("java/util/concurrent/locks/ReentrantLock",
                types.nearestClassIn("java/util/concurrent/locks/ReentrantLock", "java/"));
    }
}
