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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every thread holds and waits for, brought up to date one {@link Event} at a time, and read as
 * {@link ThreadSnapshot}s for the {@link WaitForGraph}.
 *
 * <p>Holds are counted, so reentrant acquisitions need as many releases; a release of something not held
 * is ignored (after a late attach, locks may have been taken before weft saw anything). A monitor
 * {@code wait} gives up every hold of the monitor until it ends, and the thread meanwhile waits for the
 * monitor: it cannot go on without it, notified or not, so that wait never ends by itself even when
 * timed. A join waits for the joined thread to end.
 *
 * <p>Not thread-safe: one owner applies the events in order. Pure: no I/O, no clock.
 */
public final class LockStates {

    /** Resolves the ids that events carry to what they name. */
    public interface Names {

        /** The lock or monitor with id {@code lock}. */
        Resource lock(long lock);

        /** The site with id {@code site}. */
        Site site(int site);

        /** The name of the thread with id {@code tid}. */
        String threadName(long tid);
    }

    /** One thread's state. Owned by the enclosing instance. */
    private static final class ThreadState {
        final List<Hold> holds = new ArrayList<>();
        Wait waiting;
        boolean inMonitorWait;
    }

    private final Names names;
    private final Map<Long, ThreadState> threads = new TreeMap<>();

    /** Starts with no thread holding or waiting for anything. */
    public LockStates(Names names) {
        this.names = names;
    }

    /** Applies the next event. */
    public void apply(Event event) {
        ThreadState thread = threads.computeIfAbsent(event.tid(), tid -> new ThreadState());
        if (event instanceof LockRequested e) {
            thread.waiting = new Wait(names.lock(e.lock()), mode(e.shared()), names.site(e.site()), e.timed());
        } else if (event instanceof LockAcquired e) {
            thread.waiting = null;
            acquire(thread, names.lock(e.lock()), mode(e.shared()), names.site(e.site()));
        } else if (event instanceof LockReleased e) {
            release(thread, names.lock(e.lock()), mode(e.shared()));
        } else if (event instanceof LockNotAcquired || event instanceof JoinEnded) {
            thread.waiting = null;
        } else if (event instanceof WaitBegan e) {
            thread.waiting = new Wait(names.lock(e.lock()), Mode.EXCLUSIVE, names.site(e.site()), false);
            thread.inMonitorWait = true;
        } else if (event instanceof WaitEnded) {
            thread.waiting = null;
            thread.inMonitorWait = false;
        } else if (event instanceof JoinRequested e) {
            thread.waiting = new Wait(Resource.thread(e.joined(), 0), Mode.EXCLUSIVE, names.site(e.site()), e.timed());
        }
    }

    /** Applies {@code events} in order. */
    public void applyAll(Iterable<? extends Event> events) {
        events.forEach(this::apply);
    }

    /** Every thread seen so far, by id, as it stands now. */
    public List<ThreadSnapshot> snapshots() {
        List<ThreadSnapshot> snapshots = new ArrayList<>();
        threads.forEach((tid, thread) -> {
            List<Hold> holds = thread.inMonitorWait
                    ? thread.holds.stream().filter(h -> !h.resource().equals(thread.waiting.resource())).toList()
                    : thread.holds;
            snapshots.add(new ThreadSnapshot(tid, names.threadName(tid), holds, thread.waiting, List.of()));
        });
        return snapshots;
    }

    private static void acquire(ThreadState thread, Resource resource, Mode mode, Site site) {
        int i = indexOf(thread, resource, mode);
        if (i < 0) {
            thread.holds.add(new Hold(resource, mode, 1, site));
        } else {
            Hold held = thread.holds.get(i);
            thread.holds.set(i, new Hold(resource, mode, held.count() + 1, held.site()));
        }
    }

    private static void release(ThreadState thread, Resource resource, Mode mode) {
        int i = indexOf(thread, resource, mode);
        if (i < 0) {
            return;
        }
        Hold held = thread.holds.get(i);
        if (held.count() == 1) {
            thread.holds.remove(i);
        } else {
            thread.holds.set(i, new Hold(resource, mode, held.count() - 1, held.site()));
        }
    }

    private static int indexOf(ThreadState thread, Resource resource, Mode mode) {
        for (int i = 0; i < thread.holds.size(); i++) {
            Hold h = thread.holds.get(i);
            if (h.resource().equals(resource) && h.mode() == mode) {
                return i;
            }
        }
        return -1;
    }

    private static Mode mode(boolean shared) {
        return shared ? Mode.SHARED : Mode.EXCLUSIVE;
    }
}
