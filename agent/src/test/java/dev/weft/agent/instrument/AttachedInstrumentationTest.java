package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachedInstrumentationTest {

    private final Fixtures fixtures = new Fixtures((inst, filter, sites, fields, warn) -> Instrumenter.installOnRunning(inst, filter, sites, warn));

    @Test
    void synchronizedMethodsKeepTheirModifierAndMakeNoEvents() throws Throwable {
        assertEquals(List.of(1, 2, 5L, 3.0, 1.5f, true, List.of("x"), false),
                fixtures.run("SynchronizedMethods", "instanceMethods"));
        assertEquals(List.of(), fixtures.events());
        Class<?> type = fixtures.loader.loadClass(Fixtures.PACKAGE + "SynchronizedMethods");
        assertTrue(Modifier.isSynchronized(type.getDeclaredMethod("z").getModifiers()));
    }

    @Test
    void synchronizedBlocksAndLockCallsAreStillReported() throws Throwable {
        fixtures.run("Blocks", "normal");
        fixtures.run("Locks", "throughInterface");
        assertEquals(List.of("monitorEnterRequested A", "monitorEntered A", "monitorExiting A",
                "lockRequested ReentrantLock", "lockAcquired ReentrantLock", "lockReleasing ReentrantLock",
                "lockAcquired ReentrantLock"), fixtures.events());
    }
}
