package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The end of a fork/join task's body ({@link Weft#taskEnded}) releases into its pool when a worker of the pool runs it. */
class TaskEndsTest {

    @AfterEach
    void removeListener() {
        Weft.install(Listener.NOOP);
    }

    @Test
    void aTaskAWorkerRanReleasesIntoItsPoolAndOneRunByTheCallerDoesNot() throws InterruptedException {
        List<Object> released = new CopyOnWriteArrayList<>();
        Weft.install(new Listener() {
            @Override
            public void releasing(Object sync, int site) {
                released.add(sync);
            }
        });
        RecursiveAction task = new RecursiveAction() {
            @Override
            protected void compute() {
                Weft.taskEnded(this, 1); // as the instrumented compute() does before it returns
            }
        };
        ForkJoinPool pool = new ForkJoinPool(1);
        pool.execute(task);
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(List.of(task, pool), released);

        released.clear();
        RecursiveAction inCaller = new RecursiveAction() {
            @Override
            protected void compute() {
                Weft.taskEnded(this, 1);
            }
        };
        inCaller.invoke();
        assertEquals(List.of(inCaller), released, "no pool: the calling thread ran it");
    }
}
