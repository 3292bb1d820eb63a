package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
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

    @Test
    void namesTheClassThatDeclaresAnInheritedFieldWithItsFlags() {
        String derived = "dev/weft/agent/instrument/TypeHierarchyTest$Derived";
        assertEquals(new TypeHierarchy.DeclaredField("dev/weft/agent/instrument/TypeHierarchyTest$Base", Modifier.VOLATILE),
                types.declaring(derived, "flag"));
        assertEquals(new TypeHierarchy.DeclaredField(derived, Modifier.PRIVATE), types.declaring(derived, "own"));
        assertNull(types.declaring(derived, "absent"));
        assertNull(types.declaring("com/example/Missing", "flag"));
    }

    @Test
    void readsTheFieldsOfAJdkTypeWhoseSupertypesCameFromItsClass() {
        assertTrue(types.isA("java/util/ArrayList", "java/util/AbstractList"));
        assertEquals(new TypeHierarchy.DeclaredField("java/util/AbstractList", Modifier.PROTECTED | Modifier.TRANSIENT),
                types.declaring("java/util/ArrayList", "modCount"));
    }

    static class Base {
        volatile int flag;
    }

    static final class Derived extends Base {
        private int own;
    }
}
