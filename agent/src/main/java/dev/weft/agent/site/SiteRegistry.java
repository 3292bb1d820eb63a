package dev.weft.agent.site;

import dev.weft.trace.Site;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out the int ids that instrumented code passes to the hooks, and resolves them back to sites.
 *
 * <p>Ids are assigned at transform time (rare, possibly on several class-loading threads at once, so
 * {@link #register} is synchronized); {@link #site} is read on report paths and takes no lock: the table
 * only grows, and a reader sees a table at least as new as the id it was given. A site of a call on a
 * collection also knows the method it calls and the field the collection was read from ({@link #contentsCall}).
 */
public final class SiteRegistry {

    /**
     * A call on one of the JDK's non-thread-safe collections, which reads or writes its contents.
     *
     * @param method the called method's name ({@code put})
     * @param heldIn the field the collection was read from at the call ({@code example.Registry.items}), or {@code null}
     */
    public record ContentsCall(String method, String heldIn) { }

    /**
     * The field a call on a {@code Semaphore} took its receiver from, read right before the call.
     *
     * @param loader the defining loader of the class that made the call, which is the field's too when the field is not
     *               public or protected (only such a field can be proved a mutex)
     * @param owner  the internal name of the class the read names
     * @param field  the field's name
     */
    public record SemaphoreReceiver(java.lang.ref.WeakReference<ClassLoader> loader, String owner, String field) { }

    private final Object growLock = new Object();
    private volatile Site[] sites = new Site[1024];
    private int size;
    private final Map<Integer, ContentsCall> contentsCalls = new ConcurrentHashMap<>();
    private final Map<Integer, SemaphoreReceiver> semaphoreReceivers = new ConcurrentHashMap<>();

    /** Registers a site and returns its id (ids start at 0). */
    public int register(String className, String method, String file, int line) {
        Site site = new Site(className, method, file, line);
        synchronized (growLock) {
            Site[] table = sites;
            if (size == table.length) {
                table = Arrays.copyOf(table, size * 2);
            }
            table[size] = site;
            sites = table; // volatile write publishes the new entry
            return size++;
        }
    }

    /** The site with this id, or {@link Site#UNKNOWN} for an id this registry did not hand out. */
    public Site site(int id) {
        Site[] table = sites;
        Site site = id >= 0 && id < table.length ? table[id] : null;
        return site == null ? Site.UNKNOWN : site;
    }

    /** Records that the call at {@code site} calls {@code method} on a collection read from {@code heldIn} (or {@code null}). */
    public void contentsCall(int site, String method, String heldIn) {
        contentsCalls.put(site, new ContentsCall(method, heldIn));
    }

    /** The call on a collection at {@code site}, or {@code null} when it is none. */
    public ContentsCall contentsCall(int site) {
        return contentsCalls.get(site);
    }

    /** Records that the call on a semaphore at {@code site} took its receiver from {@code receiver}. */
    public void semaphoreReceiver(int site, SemaphoreReceiver receiver) {
        semaphoreReceivers.put(site, receiver);
    }

    /** The field the call on a semaphore at {@code site} read its receiver from, or {@code null} when it read none. */
    public SemaphoreReceiver semaphoreReceiver(int site) {
        return semaphoreReceivers.get(site);
    }
}
