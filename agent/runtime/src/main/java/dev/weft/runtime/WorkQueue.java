package dev.weft.runtime;

import java.lang.reflect.Field;
import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The work queue of a {@link ModelledThreadPoolExecutor}: the application's own queue, every call passed to
 * it, except that the workers' wait for work ({@code take}, and the timed {@code poll} of an idle worker
 * past its core or of a pool whose core threads time out) is a blocking call of the scheduling model, until
 * there is a task or the pool is shut down (a shut-down pool interrupts its idle workers; one that waited in
 * the model is interrupted as it would have been in the JVM). A timed wait ends when the model says so, never
 * by the JVM's clock, so a cached pool's idle worker leaves when no other thread can go on.
 *
 * <p>A {@code SynchronousQueue} accepts a task only when a worker waits for one: a worker waiting in the model
 * counts as waiting, and the task offered to it is handed to it here, as the queue would have handed it in the
 * JVM. Bounded queues and rejections behave as the application's queue does.
 *
 * <p>The queue of a {@link ModelledScheduledThreadPoolExecutor} holds tasks due at a virtual time: a worker
 * waits in the model for the first in time order to be due, which the model decides ({@link #takeDue}).
 */
final class WorkQueue extends AbstractQueue<Runnable> implements BlockingQueue<Runnable> {

    private final BlockingQueue<Runnable> queue;
    private final boolean handsOver;
    /** Whether the queue is a scheduled pool's, whose tasks are due in time order. */
    private final boolean delayed;
    private final int site;
    /** Tasks offered to workers waiting in the model, guarded by {@code this}. */
    private final ArrayDeque<Runnable> handed = new ArrayDeque<>();
    /** The workers waiting in the model for a task handed over, guarded by {@code this}. */
    private int takers;
    private volatile ThreadPoolExecutor pool;

    private WorkQueue(BlockingQueue<Runnable> queue, boolean delayed, int site) {
        this.queue = queue;
        this.handsOver = queue instanceof SynchronousQueue;
        this.delayed = delayed;
        this.site = site;
    }

    /**
     * The work queue of a pool made at {@code site}: in a controlled run, a JDK queue whose state says when a
     * worker's wait ends, wrapped; any other queue ({@code null}, a {@code DelayQueue}, the application's own
     * class) as it is, whose workers then wait for work in the JVM.
     */
    static BlockingQueue<Runnable> of(BlockingQueue<Runnable> queue, int site) {
        boolean modelled = queue instanceof SynchronousQueue || BlockingCalls.statesWhenItBlocks(queue);
        return modelled && Weft.schedules() ? new WorkQueue(queue, false, site) : queue;
    }

    /**
     * Puts a work queue around the queue of a scheduled pool that is being made, through the JDK's field (a
     * scheduled pool makes its own queue).
     *
     * @return false when it cannot (the field is not open to weft)
     */
    @SuppressWarnings("unchecked")
    static boolean replaceIn(ScheduledThreadPoolExecutor pool, int site) {
        try {
            Field field = ThreadPoolExecutor.class.getDeclaredField("workQueue");
            field.setAccessible(true);
            WorkQueue work = new WorkQueue((BlockingQueue<Runnable>) field.get(pool), true, site);
            work.feeds(pool);
            field.set(pool, work);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The pool this queue feeds, once it is made. */
    void feeds(ThreadPoolExecutor executor) {
        this.pool = executor;
    }

    /** The application's queue. */
    BlockingQueue<Runnable> queue() {
        return queue;
    }

    // ---- the workers' wait for work ----------------------------------------------------------

    @Override
    public Runnable take() throws InterruptedException {
        if (delayed) {
            return takeDue(-1);
        }
        Waited waited = awaitWork(false);
        if (waited.task() != null) {
            return waited.task();
        }
        interruptedIfShutdown();
        return queue.take();
    }

    @Override
    public Runnable poll(long timeout, TimeUnit unit) throws InterruptedException {
        if (timeout <= 0) {
            return queue.poll(timeout, unit); // no wait (a keep-alive of zero)
        }
        if (delayed) {
            return takeDue(unit.toNanos(timeout));
        }
        Waited waited = awaitWork(true);
        if (waited.task() != null) {
            return waited.task();
        }
        interruptedIfShutdown();
        return queue.poll(waited.timedOut() ? 0 : timeout, unit);
    }

    /**
     * A scheduled pool's worker waits until the first task in time order is due: in the model, blocked until there
     * is one, then in a timed wait the model ends (the pool's virtual time becomes the task's due time), or until
     * another task comes first. When the model does not control the thread, it waits by the clock.
     *
     * @param keepAlive how long an idle worker waits for a task, in nanoseconds; negative: until there is one
     */
    private Runnable takeDue(long keepAlive) throws InterruptedException {
        while (true) {
            Runnable head = queue.peek();
            if (head == null) {
                boolean timedOut = Weft.blockingCall(queue, this::hasWork, keepAlive >= 0, site);
                if (queue.isEmpty()) {
                    interruptedIfShutdown();
                    return timedOut ? null
                            : keepAlive >= 0 ? queue.poll(keepAlive, TimeUnit.NANOSECONDS) : queue.take();
                }
            } else if (!(head instanceof ModelledScheduledThreadPoolExecutor.VirtualTask<?> task)) {
                return keepAlive >= 0 ? queue.poll(keepAlive, TimeUnit.NANOSECONDS) : queue.take(); // not the model's
            } else if (task.getDelay(TimeUnit.NANOSECONDS) <= 0) {
                Runnable due = queue.poll();
                if (due != null) {
                    return due;
                }
            } else {
                BooleanSupplier dueOrPassed = () -> queue.peek() != head || task.getDelay(TimeUnit.NANOSECONDS) <= 0;
                boolean timedOut = Weft.blockingCall(queue, dueOrPassed, true, site);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                if (!timedOut && !dueOrPassed.getAsBoolean()) {
                    Thread.sleep(Math.max(1, task.getDelay(TimeUnit.MILLISECONDS))); // not the model's thread
                }
                if (timedOut || !dueOrPassed.getAsBoolean()) {
                    task.reached();
                }
            }
        }
    }

    /** How a wait for work ended: timed out by the model, with a task handed over to the worker, or neither. */
    private record Waited(boolean timedOut, Runnable task) { }

    /**
     * Blocked in the model until there is work or the pool is shut down (or, when timed, until the model ends
     * the wait); a worker waiting for a {@code SynchronousQueue}'s task may be handed one meanwhile.
     */
    private Waited awaitWork(boolean timed) {
        if (!handsOver) {
            return new Waited(Weft.blockingCall(queue, this::hasWork, timed, site), null);
        }
        synchronized (this) {
            takers++;
        }
        boolean timedOut = Weft.blockingCall(queue, this::hasWork, timed, site); // it never throws
        synchronized (this) {
            takers--;
            Runnable task = handed.poll(); // each worker that stops waiting takes one, if any is left
            if (task != null) {
                return new Waited(false, task);
            }
        }
        return new Waited(timedOut, null);
    }

    private boolean hasWork() {
        boolean work;
        synchronized (this) {
            work = !handed.isEmpty();
        }
        return work || !queue.isEmpty() || shutdown();
    }

    private boolean shutdown() {
        ThreadPoolExecutor executor = pool;
        return executor != null && executor.isShutdown();
    }

    private void interruptedIfShutdown() throws InterruptedException {
        if (queue.isEmpty() && shutdown()) {
            Thread.interrupted();
            throw new InterruptedException();
        }
    }

    // ---- everything else: the application's queue --------------------------------------------

    @Override
    public boolean offer(Runnable task) {
        if (handsOver && task != null) {
            synchronized (this) {
                if (takers > handed.size()) {
                    handed.add(task);
                    return true;
                }
            }
        }
        return queue.offer(task);
    }

    @Override
    public void put(Runnable task) throws InterruptedException {
        queue.put(task);
    }

    @Override
    public boolean offer(Runnable task, long timeout, TimeUnit unit) throws InterruptedException {
        return queue.offer(task, timeout, unit);
    }

    @Override
    public Runnable poll() {
        return queue.poll();
    }

    @Override
    public Runnable peek() {
        return queue.peek();
    }

    @Override
    public int size() {
        return queue.size();
    }

    @Override
    public boolean isEmpty() {
        return queue.isEmpty();
    }

    @Override
    public int remainingCapacity() {
        return queue.remainingCapacity();
    }

    @Override
    public boolean remove(Object task) {
        return queue.remove(task);
    }

    @Override
    public boolean contains(Object task) {
        return queue.contains(task);
    }

    @Override
    public Iterator<Runnable> iterator() {
        return queue.iterator();
    }

    @Override
    public Object[] toArray() {
        return queue.toArray();
    }

    @Override
    public <T> T[] toArray(T[] array) {
        return queue.toArray(array);
    }

    @Override
    public void clear() {
        queue.clear();
    }

    @Override
    public int drainTo(Collection<? super Runnable> tasks) {
        return queue.drainTo(tasks);
    }

    @Override
    public int drainTo(Collection<? super Runnable> tasks, int most) {
        return queue.drainTo(tasks, most);
    }

    @Override
    public String toString() {
        return queue.toString();
    }
}
