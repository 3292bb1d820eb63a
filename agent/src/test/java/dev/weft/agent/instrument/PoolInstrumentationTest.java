package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.weft.runtime.Listener;
import dev.weft.runtime.ModelledThreadPoolExecutor;
import dev.weft.runtime.Weft;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The thread pools a program makes itself are the scheduling model's stand-ins when classes load in a controlled
 * run ({@link ModelledPoolVisitor}), and the JDK's otherwise; either way they keep the program's queue and
 * rejection policy; the thread factories handed to them report the threads they make ({@code MadeThreads}), and
 * their getters give the application its own factories back.
 */
class PoolInstrumentationTest {

    /** A listener of a controlled run that lets every call go on (as when the model does not control a thread). */
    private static final Listener SCHEDULES = new Listener() {
        @Override
        public boolean schedules() {
            return true;
        }
    };

    private final Fixtures fixtures = Fixtures.withMemoryAccesses();

    @AfterEach
    void uninstall() {
        Weft.install(null);
    }

    @Test
    void aPoolMadeWithNewOrOfTheProgramsSubclassIsTheModelsStandInInAControlledRun() throws Exception {
        Weft.install(SCHEDULES);
        Class<?> pools = fixtures.load("Pools");
        ThreadPoolExecutor made = (ThreadPoolExecutor) call(pools, "made");
        ThreadPoolExecutor own = (ThreadPoolExecutor) call(pools, "own");
        assertInstanceOf(ModelledThreadPoolExecutor.class, made);
        assertSame(ModelledThreadPoolExecutor.class, own.getClass().getSuperclass());
        assertInstanceOf(ThreadPoolExecutor.DiscardPolicy.class, made.getRejectedExecutionHandler());
        assertEquals(0, call(pools, "rejected", made)); // discarded
        assertEquals(1, call(pools, "rejected", own)); // aborted
        assertEquals(0, fixtures.warnings.size(), fixtures.warnings.toString());
    }

    @Test
    void aPoolIsTheJdksWhenTheRunIsNotControlled() throws Exception {
        Class<?> pools = fixtures.load("Pools");
        ThreadPoolExecutor made = (ThreadPoolExecutor) call(pools, "made");
        ThreadPoolExecutor own = (ThreadPoolExecutor) call(pools, "own");
        assertSame(ThreadPoolExecutor.class, made.getClass());
        assertSame(ThreadPoolExecutor.class, own.getClass().getSuperclass());
        assertEquals(1, call(pools, "rejected", own));
    }

    @Test
    void aThreadFactoryHandedToTheJdkReportsEachThreadItMakes() throws Exception {
        Set<String> made = ConcurrentHashMap.newKeySet();
        Weft.install(new Listener() {
            @Override
            public void threadMade(Thread thread, int site) {
                made.add(thread.getName());
            }
        });
        call(fixtures.load("ThreadFactories"), "runAll");
        assertEquals(Set.of("new-made", "own-made", "set-made", "fixed-made", "forkjoin-made", "sized-made", "class-made",
                "cleaner-made", "group-made"), made);
        assertEquals(0, fixtures.warnings.size(), fixtures.warnings.toString());
    }

    @Test
    void aPoolsFactoryGetterGivesTheApplicationItsOwnFactoryNotTheWrapper() throws Exception {
        Weft.install(new Listener() { });
        assertEquals(true, call(fixtures.load("ThreadFactories"), "gettersGiveTheFactoriesBack"));
    }

    private static Object call(Class<?> type, String name, Object... arguments) throws Exception {
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                return method.invoke(null, arguments);
            }
        }
        throw new NoSuchMethodException(name);
    }
}
