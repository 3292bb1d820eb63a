package com.example.locks;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;

/** Fixture: calls on thread-safe JDK objects made by the JDK's lambda classes, through method references. */
public final class MethodReferences {

    private MethodReferences() { }

    /** Made inside an interface, whose bridge is a private static method of the interface. */
    interface Signals {
        static Runnable countDownOf(CountDownLatch latch) {
            return latch::countDown;
        }
    }

    static CountDownLatch latchThroughReference() throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Runnable countDown = latch::countDown;
        countDown.run();
        latch.await();
        return latch;
    }

    static CountDownLatch latchThroughInterfaceReference() throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Signals.countDownOf(latch).run();
        latch.await();
        return latch;
    }

    static CountDownLatch latchThroughSerializableReference() throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Runnable countDown = (Runnable & Serializable) latch::countDown;
        countDown.run();
        latch.await();
        return latch;
    }

    static List<Object> futureTaskThroughConstructorReference() throws InterruptedException, ExecutionException {
        Function<Callable<String>, FutureTask<String>> make = FutureTask::new;
        FutureTask<String> task = make.apply(() -> "done");
        task.run();
        Consumer<Thread> unpark = LockSupport::unpark; // a static method's reference
        unpark.accept(Thread.currentThread());
        return List.of(task, task.get());
    }
}
