package dev.weft.analysis.lockorder;

import dev.weft.analysis.waitfor.Resource;
import dev.weft.report.LockOrderFinding;
import dev.weft.trace.Event;
import dev.weft.trace.LockAcquired;
import dev.weft.trace.LockReleased;
import dev.weft.trace.LockRequested;
import dev.weft.trace.Site;
import dev.weft.trace.ThreadJoined;
import dev.weft.trace.ThreadStarted;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test-only builder of an event sequence, written in the order the events happen across threads. Site
 * ids are line numbers in {@code com.example.Bank.transfer}; {@link #findings} runs the
 * {@link LockOrderAnalysis} over the events.
 */
final class LockOrderScript implements LockOrderDetector.Names {

    private final List<Event> events = new ArrayList<>();
    private final Map<Long, Resource> locks = new HashMap<>();
    private final Map<Long, String> origins = new HashMap<>();
    private final Map<Long, String> threadNames = new HashMap<>();

    static Site at(int line) {
        return new Site("com.example.Bank", "transfer", "Bank.java", line);
    }

    long monitor() {
        return add(Resource.Kind.MONITOR, "java.lang.Object");
    }

    long reentrantLock() {
        return add(Resource.Kind.LOCK, "java.util.concurrent.locks.ReentrantLock");
    }

    long readWriteLock() {
        return add(Resource.Kind.READ_WRITE_LOCK, "java.util.concurrent.locks.ReentrantReadWriteLock");
    }

    /** Says where {@code lock} comes from, as the agent may know it. */
    LockOrderScript origin(long lock, String origin) {
        origins.put(lock, origin);
        return this;
    }

    private long add(Resource.Kind kind, String className) {
        long id = 100 + locks.size();
        locks.put(id, new Resource(id, kind, className, 0x1000 + (int) id));
        return id;
    }

    long thread(String name) {
        long tid = 21 + threadNames.size();
        threadNames.put(tid, name);
        return tid;
    }

    /** Asks for {@code lock}, blocking, and gets it. */
    LockOrderScript lock(long tid, long lock, int site) {
        return request(tid, lock, site).then(new LockAcquired(tid, lock, site, false));
    }

    /** Asks for the read half of {@code lock}, blocking, and gets it. */
    LockOrderScript readLock(long tid, long lock, int site) {
        return then(new LockRequested(tid, lock, site, true, false)).then(new LockAcquired(tid, lock, site, true));
    }

    /** Asks for {@code lock}, blocking, and does not get it (yet). */
    LockOrderScript request(long tid, long lock, int site) {
        return then(new LockRequested(tid, lock, site, false, false));
    }

    /** Gets {@code lock} by a {@code tryLock(time, unit)} that succeeded. */
    LockOrderScript tryLockAtMost(long tid, long lock, int site) {
        return then(new LockRequested(tid, lock, site, false, true)).then(new LockAcquired(tid, lock, site, false));
    }

    LockOrderScript unlock(long tid, long lock) {
        return then(new LockReleased(tid, lock, 0, false));
    }

    LockOrderScript readUnlock(long tid, long lock) {
        return then(new LockReleased(tid, lock, 0, true));
    }

    /** Thread {@code tid} takes {@code outer} then {@code inner}, and releases both. */
    LockOrderScript nest(long tid, long outer, int outerSite, long inner, int innerSite) {
        return lock(tid, outer, outerSite).lock(tid, inner, innerSite).unlock(tid, inner).unlock(tid, outer);
    }

    LockOrderScript start(long tid, long child) {
        return then(new ThreadStarted(tid, child));
    }

    LockOrderScript join(long tid, long joined) {
        return then(new ThreadJoined(tid, joined));
    }

    LockOrderScript then(Event event) {
        events.add(event);
        return this;
    }

    List<Event> events() {
        return events;
    }

    List<LockOrderFinding> findings() {
        return new LockOrderAnalysis(this).find(events);
    }

    LockOrderDetector.Result search(Collection<Set<Long>> realDeadlocks) {
        return new LockOrderAnalysis(this).search(events, realDeadlocks);
    }

    @Override
    public Resource lock(long lock) {
        return locks.get(lock);
    }

    @Override
    public String origin(long lock) {
        return origins.get(lock);
    }

    @Override
    public Site site(int site) {
        return at(site);
    }

    @Override
    public String threadName(long tid) {
        return threadNames.get(tid);
    }
}
