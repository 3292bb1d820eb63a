package dev.weft.analysis.waitfor;

import dev.weft.trace.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only builder of thread snapshots that reads like the situation it describes:
 * {@code s.thread("T1").holds(a, at("Bank.transfer", 30)).waitsFor(b, at("Bank.transfer", 31))}.
 * Threads get ids 21, 22, ... in the order they are declared.
 */
final class Scenario {

    private final List<ThreadBuilder> threads = new ArrayList<>();
    private long nextLockId = 1;

    /** A site in {@code com.example.<classAndMethod>}, e.g. {@code at("Bank.transfer", 30)}. */
    static Site at(String classAndMethod, int line) {
        int dot = classAndMethod.lastIndexOf('.');
        String simpleClass = classAndMethod.substring(0, dot);
        return new Site("com.example." + simpleClass, classAndMethod.substring(dot + 1), simpleClass + ".java", line);
    }

    Resource monitor(int identityHash) {
        return new Resource(nextLockId++, Resource.Kind.MONITOR, "java.lang.Object", identityHash);
    }

    Resource monitor() {
        return monitor(0x1000 + (int) nextLockId);
    }

    Resource reentrantLock() {
        return new Resource(nextLockId++, Resource.Kind.LOCK, "java.util.concurrent.locks.ReentrantLock",
                0x2000 + (int) nextLockId);
    }

    Resource readWriteLock() {
        return new Resource(nextLockId++, Resource.Kind.READ_WRITE_LOCK,
                "java.util.concurrent.locks.ReentrantReadWriteLock", 0x3000 + (int) nextLockId);
    }

    /** A {@code Semaphore} the agent found used as a mutex. */
    Resource semaphore() {
        return new Resource(nextLockId++, Resource.Kind.SEMAPHORE, "java.util.concurrent.Semaphore", 0x4000 + (int) nextLockId);
    }

    ThreadBuilder thread(String name) {
        ThreadBuilder thread = new ThreadBuilder(21 + threads.size(), name);
        threads.add(thread);
        return thread;
    }

    List<ThreadSnapshot> snapshots() {
        return threads.stream().map(ThreadBuilder::snapshot).toList();
    }

    /** One thread of the scenario. */
    static final class ThreadBuilder {
        final long tid;
        private final String name;
        private final List<Hold> holds = new ArrayList<>();
        private Wait waiting;
        private List<Site> stack = List.of();

        private ThreadBuilder(long tid, String name) {
            this.tid = tid;
            this.name = name;
        }

        ThreadBuilder holds(Resource lock, Site site) {
            return holds(lock, Mode.EXCLUSIVE, 1, site);
        }

        ThreadBuilder holdsRead(Resource lock, Site site) {
            return holds(lock, Mode.SHARED, 1, site);
        }

        ThreadBuilder holds(Resource lock, Mode mode, int count, Site site) {
            holds.add(new Hold(lock, mode, count, site));
            return this;
        }

        ThreadBuilder waitsFor(Resource lock, Site site) {
            waiting = new Wait(lock, Mode.EXCLUSIVE, site, false);
            return this;
        }

        ThreadBuilder waitsForRead(Resource lock, Site site) {
            waiting = new Wait(lock, Mode.SHARED, site, false);
            return this;
        }

        ThreadBuilder waitsAtMostFor(Resource lock, Site site) {
            waiting = new Wait(lock, Mode.EXCLUSIVE, site, true);
            return this;
        }

        ThreadBuilder joins(ThreadBuilder other, Site site) {
            waiting = new Wait(Resource.thread(other.tid, 0x4000 + (int) other.tid), Mode.EXCLUSIVE, site, false);
            return this;
        }

        /** Its current stack, innermost frame first. */
        ThreadBuilder stack(Site... frames) {
            stack = List.of(frames);
            return this;
        }

        ThreadSnapshot snapshot() {
            return new ThreadSnapshot(tid, name, holds, waiting, stack);
        }
    }
}
