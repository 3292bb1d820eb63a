package dev.weft.agent.deadlock;

import dev.weft.analysis.waitfor.Resource;
import java.lang.reflect.Field;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;

/**
 * Tells which {@link ReentrantReadWriteLock} a read or write half belongs to, so that both halves are
 * one resource taken in two modes.
 *
 * <p>The halves share their lock's private {@code sync} object; the agent opens
 * {@code java.util.concurrent.locks} to weft at start-up so it can be read. Where it cannot (another
 * JDK), each half stays a resource of its own: weft then misses deadlocks that mix the two halves, but
 * never reports a false one.
 *
 * <p>It also tells the {@code asReadLock()}/{@code asWriteLock()} views of a {@link StampedLock} from other
 * locks: a view's {@code lock}/{@code unlock} are the {@code StampedLock}'s own calls, reached through the
 * view's outer instance (read the same way).
 */
public final class ReadWriteLocks {

    private static final Class<?> STAMPED_READ_VIEW = new StampedLock().asReadLock().getClass();

    private final Field readSync = syncField(ReentrantReadWriteLock.ReadLock.class);
    private final Field writeSync = syncField(ReentrantReadWriteLock.WriteLock.class);
    private final Class<?> stampedWriteView = new StampedLock().asWriteLock().getClass();
    private final Field stampedReadOwner = outerField(STAMPED_READ_VIEW);
    private final Field stampedWriteOwner = outerField(stampedWriteView);

    /** Reads the halves' shared {@code sync} field where the JDK lets weft. */
    public ReadWriteLocks() { }

    private static Field syncField(Class<?> half) {
        try {
            Field field = half.getDeclaredField("sync");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Field outerField(Class<?> view) {
        for (Field field : view.getDeclaredFields()) {
            if (field.getType() == StampedLock.class) {
                try {
                    field.setAccessible(true);
                    return field;
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The {@link StampedLock} whose {@code asReadLock()} or {@code asWriteLock()} view {@code lock} is, or
     * {@code null} for any other lock (and where the JDK does not let weft read the view's outer instance).
     */
    public Object stampedLockOf(Object lock) {
        Class<?> type = lock.getClass();
        Field field = type == STAMPED_READ_VIEW ? stampedReadOwner : type == stampedWriteView ? stampedWriteOwner : null;
        if (field == null) {
            return null;
        }
        try {
            return field.get(lock);
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
    }

    /** True for a {@code StampedLock}'s {@code asReadLock()} view: it is held in shared mode. */
    public static boolean isStampedReadView(Object lock) {
        return lock.getClass() == STAMPED_READ_VIEW;
    }

    /** True for the read half of a {@code ReentrantReadWriteLock}: it is held in shared mode. */
    public static boolean isReadHalf(Object lock) {
        return lock instanceof ReentrantReadWriteLock.ReadLock;
    }

    /** True for either half of a {@code ReentrantReadWriteLock}. */
    public static boolean isHalf(Object lock) {
        return lock instanceof ReentrantReadWriteLock.ReadLock || lock instanceof ReentrantReadWriteLock.WriteLock;
    }

    /** The object that stands for the whole read-write lock of {@code half}, or {@code half} itself. */
    public Object owner(Object half) {
        Field field = half instanceof ReentrantReadWriteLock.ReadLock ? readSync
                : half instanceof ReentrantReadWriteLock.WriteLock ? writeSync : null;
        if (field == null) {
            return half;
        }
        try {
            return field.get(half);
        } catch (IllegalAccessException | RuntimeException e) {
            return half;
        }
    }

    /**
     * How reports name a lock: {@code key} is the object that stands for it ({@link #owner} of a
     * read-write lock's half, the {@code StampedLock} of a view, the lock itself otherwise), {@code lock} the
     * object the program locked.
     */
    public static Resource describe(long id, Object key, Object lock) {
        int identity = System.identityHashCode(key);
        if (key != lock) {
            return new Resource(id, Resource.Kind.READ_WRITE_LOCK, key instanceof StampedLock ? StampedLock.class.getName()
                    : "java.util.concurrent.locks.ReentrantReadWriteLock", identity);
        }
        if (lock instanceof Class<?> type) {
            return new Resource(id, Resource.Kind.MONITOR, type.getName() + ".class", identity);
        }
        Resource.Kind kind = lock instanceof java.util.concurrent.locks.Lock ? Resource.Kind.LOCK
                : lock instanceof java.util.concurrent.Semaphore ? Resource.Kind.SEMAPHORE : Resource.Kind.MONITOR;
        return new Resource(id, kind, lock.getClass().getName(), identity);
    }
}
