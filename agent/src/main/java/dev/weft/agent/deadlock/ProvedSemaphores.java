package dev.weft.agent.deadlock;

import dev.weft.agent.instrument.SemaphoreMutexProof;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.agent.site.SiteRegistry.SemaphoreReceiver;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Whether the semaphore taken at a site is, from the bytecode, a mutex whose permit only its holder gives back: the
 * call read it from a field that {@link SemaphoreMutexProof} proves, in a class that is not {@code Serializable} (a
 * deserialized semaphore may have any number of permits). Each field is proved once, when first needed.
 */
public final class ProvedSemaphores {

    private final SiteRegistry sites;
    private final Map<ClassLoader, Map<String, Boolean>> proved = new WeakHashMap<>(); // guarded by this

    /** Proofs of the fields the semaphore call sites of {@code sites} read. */
    public ProvedSemaphores(SiteRegistry sites) {
        this.sites = sites;
    }

    /** Whether the semaphore of the call at {@code site} was read from a field proved a mutex. */
    public synchronized boolean provedAt(int site) {
        SemaphoreReceiver receiver = sites.semaphoreReceiver(site);
        ClassLoader loader = receiver == null ? null : receiver.loader().get();
        if (loader == null) {
            return false;
        }
        return proved.computeIfAbsent(loader, l -> new HashMap<>())
                .computeIfAbsent(receiver.owner() + "." + receiver.field(), key -> prove(loader, receiver));
    }

    private static boolean prove(ClassLoader loader, SemaphoreReceiver receiver) {
        try {
            Class<?> owner = Class.forName(receiver.owner().replace('/', '.'), false, loader);
            return owner.getClassLoader() == loader && !Serializable.class.isAssignableFrom(owner)
                    && SemaphoreMutexProof.proves(loader, receiver.owner(), receiver.field());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
