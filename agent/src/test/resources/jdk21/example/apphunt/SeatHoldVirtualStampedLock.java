package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.StampedLock;

/**
 * A seat-hold service used by virtual threads: holders take the {@code StampedLock}'s write lock to hold a seat
 * (plain arrays and a counter), browsers read the seat map with a validated optimistic read and fall back to a read
 * lock when it fails. The threads are started with {@code Thread.ofVirtual().start} and joined.
 */
// weft: expect none
public final class SeatHoldVirtualStampedLock {

    private final StampedLock lock = new StampedLock();
    private final String[] holders = new String[64];
    private int held;

    boolean hold(int seat, String who) {
        long stamp = lock.writeLock();
        try {
            if (holders[seat] != null) {
                return false;
            }
            holders[seat] = who;
            held++;
            return true;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    int free() {
        long stamp = lock.tryOptimisticRead();
        int free = holders.length - held;
        if (!lock.validate(stamp)) {
            stamp = lock.readLock();
            try {
                free = holders.length - held;
            } finally {
                lock.unlockRead(stamp);
            }
        }
        return free;
    }

    public static void main(String[] args) throws InterruptedException {
        SeatHoldVirtualStampedLock service = new SeatHoldVirtualStampedLock();
        List<Thread> threads = new ArrayList<>();
        long[] seen = new long[20];
        for (int v = 0; v < 20; v++) {
            int me = v;
            threads.add(Thread.ofVirtual().name("visitor-" + v).start(() -> {
                for (int i = 0; i < 30; i++) {
                    if (me % 2 == 0) {
                        service.hold((me * 7 + i) % 64, "visitor-" + me);
                    } else {
                        seen[me] += service.free();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long stamp = service.lock.readLock();
        try {
            System.out.println(service.held + " held, " + service.free() + " free");
        } finally {
            service.lock.unlockRead(stamp);
        }
    }
}
