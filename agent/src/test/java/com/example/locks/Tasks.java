package com.example.locks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/** Fixture: tasks handed to executors and completable futures, run on threads named {@code pool}. */
public final class Tasks {

    private Tasks() { }

    private static final ThreadFactory POOL = task -> new Thread(task, "pool");

    static List<Object> submitThenGet() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(POOL);
        try {
            Future<Integer> future = pool.submit(() -> 42);
            return List.of(pool, future, future.get());
        } finally {
            pool.shutdown();
        }
    }

    static Object failingTask() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(POOL);
        try {
            Callable<Object> failing = () -> {
                throw new IOException("disk full");
            };
            return pool.submit(failing).get();
        } finally {
            pool.shutdown();
        }
    }

    /** A fork/join leaf that records why it fails, then throws: its parent reads the reason after {@code join}. */
    static final class FailingLeaf extends RecursiveAction {
        String reason;

        @Override
        protected void compute() {
            reason = "bad input";
            throw new IllegalArgumentException(reason);
        }
    }

    static Object failingForkJoinTask() {
        FailingLeaf leaf = new FailingLeaf();
        try {
            leaf.invoke();
        } catch (IllegalArgumentException expected) {
            // the leaf's body ended by throwing
        }
        return leaf;
    }

    /** A direct {@code ForkJoinTask} subclass: its body is {@code exec()}, its result is read through {@code getRawResult()}. */
    static final class SummingLeaf extends java.util.concurrent.ForkJoinTask<Long> {
        long sum;

        @Override
        public Long getRawResult() {
            return sum;
        }

        @Override
        protected void setRawResult(Long value) {
            sum = value;
        }

        @Override
        protected boolean exec() {
            sum = 42;
            return true;
        }
    }

    static Object directForkJoinTask() {
        SummingLeaf leaf = new SummingLeaf();
        leaf.invoke();
        return leaf;
    }

    /** A {@code runAsync} task given no executor, joined: it runs in the common pool, or in a thread of its own when the pool's parallelism is 1. */
    static Object runAsyncOnTheDefaultExecutor() {
        CompletableFuture.runAsync(() -> { }).join();
        return java.util.concurrent.ForkJoinPool.commonPool();
    }

    /** A direct {@code ForkJoinTask} completed by {@code complete(value)}, which calls its {@code setRawResult} inside the JDK. */
    static Object completedForkJoinTask() {
        SummingLeaf leaf = new SummingLeaf();
        leaf.complete(7L);
        return leaf;
    }

    /** A pool that counts its tasks in {@code afterExecute} and sums up in {@code terminated()}. */
    static final class CountingPool extends java.util.concurrent.ThreadPoolExecutor {
        int completed;
        String summary;

        CountingPool() {
            super(1, 1, 0, TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), POOL);
        }

        @Override
        protected void afterExecute(Runnable task, Throwable failure) {
            completed++;
        }

        @Override
        protected void terminated() {
            summary = completed + " tasks";
        }
    }

    /** The pool's worker is still running its task when the pool shuts down, so that it is the one that calls {@code terminated()}. */
    static Object countingPoolTerminated() throws InterruptedException {
        CountingPool pool = new CountingPool();
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
        pool.execute(() -> {
            running.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        running.await();
        pool.shutdown();
        finish.countDown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        return pool;
    }

    /** A pool whose hooks keep the tasks they are given, as {@code afterExecute(job, t)} with {@code job instanceof Job} does. */
    static final class KeepingPool extends java.util.concurrent.ThreadPoolExecutor {
        final java.util.List<Runnable> before = new java.util.concurrent.CopyOnWriteArrayList<>();
        final java.util.List<Runnable> after = new java.util.concurrent.CopyOnWriteArrayList<>();

        KeepingPool() {
            super(1, 1, 0, TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), POOL);
        }

        @Override
        protected void beforeExecute(Thread worker, Runnable task) {
            before.add(task);
        }

        @Override
        protected void afterExecute(Runnable task, Throwable failure) {
            after.add(task);
        }
    }

    /** The task given to {@code execute}, then what the pool's {@code beforeExecute} and {@code afterExecute} were given. */
    static Object executedTaskSeenByThePoolHooks() throws InterruptedException {
        KeepingPool pool = new KeepingPool();
        Runnable task = () -> { };
        pool.execute(task);
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        return java.util.List.of(task, pool.before.get(0), pool.after.get(0));
    }

    /**
     * A pool whose queue is full rejects a task; its handler drops the oldest queued task and puts the rejected one
     * back ({@code getQueue().put(task)}). Gives the rejected task, what the handler was given, what the queue then
     * held, and whether the rejected task ran.
     */
    static Object rejectedTaskSeenByTheHandler() throws InterruptedException {
        java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(1);
        java.util.List<Object> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new java.util.concurrent.ArrayBlockingQueue<>(1), POOL, (task, executor) -> {
                    seen.add(task);
                    executor.getQueue().poll();
                    try {
                        executor.getQueue().put(task);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    seen.add(executor.getQueue().peek());
                });
        java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable rejected = () -> ran.set(true);
        pool.execute(() -> {
            try {
                busy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        while (pool.getActiveCount() == 0) {
            Thread.onSpinWait();
        }
        pool.execute(() -> { }); // queued, then dropped
        pool.execute(rejected);
        busy.countDown();
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        return java.util.List.of(rejected, seen.get(0), seen.get(1), ran.get());
    }

    /** A sweep with an empty {@code setRawResult}, as Caffeine's cleanup task has: its bracket needs stack for its handler. */
    static final class EmptyResultSweep extends java.util.concurrent.ForkJoinTask<Void> {
        int swept;

        @Override
        public Void getRawResult() {
            return null;
        }

        @Override
        protected void setRawResult(Void value) {
        }

        @Override
        protected boolean exec() {
            swept++;
            return true;
        }
    }

    static Object sweepWithAnEmptySetRawResult() {
        EmptyResultSweep sweep = new EmptyResultSweep();
        sweep.invoke();
        sweep.complete(null);
        return sweep;
    }

    static Object executeThenAwaitTermination() throws InterruptedException {
        ExecutorService pool = Executors.newSingleThreadExecutor(POOL);
        pool.execute(() -> { });
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        return pool;
    }

    static List<Object> futureTaskExecutedThenGot() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(POOL);
        try {
            FutureTask<String> task = new FutureTask<>(() -> "done");
            pool.execute(task);
            return List.of(task, task.get());
        } finally {
            pool.shutdown();
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) { // the wrapper releases after get() may return
                throw new IllegalStateException("pool did not terminate");
            }
        }
    }

    static List<Object> invokeAll() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(POOL);
        try {
            List<Callable<Integer>> tasks = List.of(() -> 1, () -> 2);
            List<Future<Integer>> done = pool.invokeAll(tasks);
            return List.of(pool, done.get(0).get() + done.get(1).get());
        } finally {
            pool.shutdown();
        }
    }

    static Object scheduleCallable() throws Exception {
        ScheduledExecutorService pool = Executors.newSingleThreadScheduledExecutor(POOL);
        try {
            ScheduledFuture<String> later = pool.schedule(() -> "later", 1, TimeUnit.MILLISECONDS);
            return later.get();
        } finally {
            pool.shutdown();
        }
    }

    static List<Object> supplyAsyncThenApplyJoin() {
        ExecutorService pool = Executors.newSingleThreadExecutor(POOL);
        try {
            CompletableFuture<Integer> quote = CompletableFuture.supplyAsync(() -> 20, pool);
            CompletableFuture<Integer> priced = quote.thenApply(cents -> cents + 1);
            return List.of(priced.join(), pool);
        } finally {
            pool.shutdown();
        }
    }

    static Object thenComposeOnAnotherPool() {
        ExecutorService pool = Executors.newSingleThreadExecutor(POOL);
        ExecutorService other = Executors.newSingleThreadExecutor(task -> new Thread(task, "other"));
        try {
            return CompletableFuture.supplyAsync(() -> 1, pool)
                    .thenCompose(one -> CompletableFuture.supplyAsync(() -> one + 1, other))
                    .join();
        } finally {
            pool.shutdown();
            other.shutdown();
        }
    }

    static Object allOf() {
        ExecutorService pool = Executors.newSingleThreadExecutor(POOL);
        try {
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> 1, pool);
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> 2, pool);
            CompletableFuture.allOf(first, second).join();
            return first.getNow(0) + second.getNow(0);
        } finally {
            pool.shutdown();
        }
    }

    static Object exceptionFromStage() throws InterruptedException {
        try {
            return CompletableFuture.supplyAsync(() -> {
                throw new IllegalArgumentException("no quote");
            }).get();
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    /** A pool's queue that takes a task in only for an idle worker, as Tomcat's; {@link #force} puts one in for good. */
    static final class ForcingQueue extends java.util.concurrent.LinkedTransferQueue<Runnable> {
        @Override
        public boolean offer(Runnable task) {
            return tryTransfer(task);
        }

        void force(Runnable task) {
            super.offer(task);
        }
    }

    static Object rejectedTaskPutBackByTheQueue() throws InterruptedException {
        java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(1);
        java.util.List<Object> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new ForcingQueue(), POOL, (task, executor) -> {
                    ((ForcingQueue) executor.getQueue()).force(task);
                    seen.add(executor.getQueue().peek());
                });
        java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();
        pool.execute(() -> {
            try {
                busy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        while (pool.getActiveCount() == 0) {
            Thread.onSpinWait();
        }
        Runnable rejected = () -> ran.set(true);
        pool.execute(rejected); // no idle worker, no room for another: put back by the queue
        busy.countDown();
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        return java.util.List.of(rejected, seen.get(0), ran.get());
    }

    /** A {@code CompletableFuture} whose async stages run on the executor it was made with. */
    static final class OwnPoolFuture<T> extends CompletableFuture<T> {
        private final java.util.concurrent.Executor pool;

        OwnPoolFuture(java.util.concurrent.Executor pool) {
            this.pool = pool;
        }

        @Override
        public java.util.concurrent.Executor defaultExecutor() {
            return pool;
        }
    }

    static Object asyncStageOnASubclassDefaultExecutor() {
        ExecutorService pool = Executors.newSingleThreadExecutor(POOL);
        try {
            OwnPoolFuture<Integer> quote = new OwnPoolFuture<>(pool);
            quote.complete(20);
            return List.of(quote.thenApplyAsync(cents -> cents + 1).join(), pool);
        } finally {
            pool.shutdown();
        }
    }

    static Object adaptedTaskExecutedOnAForkJoinPool() throws InterruptedException {
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(1);
        int[] done = new int[1];
        pool.execute(java.util.concurrent.ForkJoinTask.adapt(() -> done[0] = 1));
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        return List.of(done[0], pool);
    }
}
