package example.app21;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** Virtual threads started by a Thread.Builder and by Thread.startVirtualThread (JDK 21+), adding to a locked counter. */
public final class VirtualThreads {
    static final ReentrantLock lock = new ReentrantLock();
    static int hits;

    static void hit() {
        lock.lock();
        try { hits++; } finally { lock.unlock(); }
    }

    public static void main(String[] args) throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            threads.add(Thread.ofVirtual().name("virtual-" + i).start(VirtualThreads::hit));
        }
        threads.add(Thread.startVirtualThread(VirtualThreads::hit));
        threads.add(Thread.ofPlatform().name("platform").start(VirtualThreads::hit));
        for (Thread t : threads) t.join();
        System.out.println("hits " + hits);
    }
}
