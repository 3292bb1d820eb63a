package dev.weft.analysis.waitfor;

import dev.weft.trace.Event;
import dev.weft.trace.JoinEnded;
import dev.weft.trace.JoinRequested;
import dev.weft.trace.LockAcquired;
import dev.weft.trace.LockNotAcquired;
import dev.weft.trace.LockReleased;
import dev.weft.trace.LockRequested;
import dev.weft.trace.Site;
import dev.weft.trace.WaitBegan;
import dev.weft.trace.WaitEnded;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only builder of an event sequence, written in the order the events happen across threads; site
 * ids are line numbers in {@code com.example.Bank.transfer}. {@link #snapshots} applies them through
 * {@link LockStates}.
 */
final class EventScript implements LockStates.Names {

    private final List<Event> events = new ArrayList<>();
    private final Map<Long, Resource> locks = new HashMap<>();
    private final Map<Long, String> threadNames = new HashMap<>();

    long monitor() {
        return add(Resource.Kind.MONITOR, "java.lang.Object");
    }

    long readWriteLock() {
        return add(Resource.Kind.READ_WRITE_LOCK, "java.util.concurrent.locks.ReentrantReadWriteLock");
    }

    private long add(Resource.Kind kind, String className) {
        long id = 100 + locks.size();
        locks.put(id, new Resource(id, kind, className, (int) id));
        return id;
    }

    long thread(String name) {
        long tid = 21 + threadNames.size();
        threadNames.put(tid, name);
        return tid;
    }

    /** Asks for {@code lock} and gets it at once. */
    EventScript lock(long tid, long lock, int site) {
        return request(tid, lock, site).acquire(tid, lock, site);
    }

    EventScript request(long tid, long lock, int site) {
        return then(new LockRequested(tid, lock, site, false, false));
    }

    EventScript requestAtMost(long tid, long lock, int site) {
        return then(new LockRequested(tid, lock, site, false, true));
    }

    EventScript requestRead(long tid, long lock, int site) {
        return then(new LockRequested(tid, lock, site, true, false));
    }

    EventScript acquire(long tid, long lock, int site) {
        return then(new LockAcquired(tid, lock, site, false));
    }

    EventScript acquireRead(long tid, long lock, int site) {
        return then(new LockAcquired(tid, lock, site, true));
    }

    EventScript giveUp(long tid, long lock, int site) {
        return then(new LockNotAcquired(tid, lock, site));
    }

    EventScript release(long tid, long lock, int site) {
        return then(new LockReleased(tid, lock, site, false));
    }

    EventScript waitOn(long tid, long monitor, int site) {
        return then(new WaitBegan(tid, monitor, site, false));
    }

    EventScript wakeUp(long tid, long monitor, int site) {
        return then(new WaitEnded(tid, monitor, site));
    }

    EventScript join(long tid, long joined, int site, boolean timed) {
        return then(new JoinRequested(tid, joined, site, timed));
    }

    EventScript joinEnded(long tid, long joined, int site) {
        return then(new JoinEnded(tid, joined, site));
    }

    private EventScript then(Event event) {
        events.add(event);
        return this;
    }

    List<ThreadSnapshot> snapshots() {
        LockStates states = new LockStates(this);
        states.applyAll(events);
        return states.snapshots();
    }

    @Override
    public Resource lock(long lock) {
        return locks.get(lock);
    }

    @Override
    public Site site(int site) {
        return Scenario.at("Bank.transfer", site);
    }

    @Override
    public String threadName(long tid) {
        return threadNames.get(tid);
    }
}
