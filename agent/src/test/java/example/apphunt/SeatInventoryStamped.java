package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.StampedLock;

/**
 * A theatre's seat inventory under a {@code StampedLock}: bookers take the write lock to book, viewers take the read
 * lock to count free seats, and an upgrader reads under a read lock and converts it with {@code tryConvertToWriteLock}
 * to release a held seat (falling back to the write lock when the conversion fails).
 */
// weft: expect none
public final class SeatInventoryStamped {

    static final class Seats {
        final boolean[] booked = new boolean[64];
        final String[] holder = new String[64];
        int bookings;
    }

    public static void main(String[] args) throws Exception {
        Seats seats = new Seats();
        StampedLock lock = new StampedLock();
        List<Thread> threads = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            String booker = "booker-" + b;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    long stamp = lock.writeLock();
                    try {
                        int seat = (i * 5 + booker.length()) % 64;
                        if (!seats.booked[seat]) {
                            seats.booked[seat] = true;
                            seats.holder[seat] = booker;
                            seats.bookings++;
                        }
                    } finally {
                        lock.unlockWrite(stamp);
                    }
                }
            }, booker));
        }
        int[] free = new int[1];
        threads.add(new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                long stamp = lock.readLock();
                try {
                    int count = 0;
                    for (boolean taken : seats.booked) {
                        count += taken ? 0 : 1;
                    }
                    free[0] = count;
                } finally {
                    lock.unlockRead(stamp);
                }
            }
        }, "viewer"));
        threads.add(new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                int seat = i % 64;
                long stamp = lock.readLock();
                try {
                    while (seats.booked[seat] && "booker-0".equals(seats.holder[seat])) {
                        long write = lock.tryConvertToWriteLock(stamp);
                        if (write != 0L) {
                            stamp = write;
                            seats.booked[seat] = false;
                            seats.holder[seat] = null;
                            break;
                        }
                        lock.unlockRead(stamp);
                        stamp = lock.writeLock();
                    }
                } finally {
                    lock.unlock(stamp);
                }
            }
        }, "releaser"));
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(seats.bookings + " " + (free[0] >= 0));
    }
}
