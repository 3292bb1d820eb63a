package example.apphunt;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A booking service keeps a seat map in an array it reads and writes through {@code MethodHandles.arrayElementGetter}
 * and {@code arrayElementSetter}; four agents book seats, each booking under the map's lock. Correct: every access holds
 * the lock.
 */
// weft: expect none
public final class SeatMapElementHandles {

    private static final MethodHandle GET = MethodHandles.arrayElementGetter(int[].class);
    private static final MethodHandle SET = MethodHandles.arrayElementSetter(int[].class);

    private final int[] seats = new int[16];
    private final ReentrantLock lock = new ReentrantLock();

    boolean book(int seat, int agent) throws Throwable {
        lock.lock();
        try {
            if ((int) GET.invokeExact(seats, seat) != 0) {
                return false;
            }
            SET.invokeExact(seats, seat, agent);
            return true;
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws Exception {
        SeatMapElementHandles map = new SeatMapElementHandles();
        Thread[] agents = new Thread[4];
        int[] booked = new int[agents.length];
        for (int a = 0; a < agents.length; a++) {
            int agent = a + 1;
            agents[a] = new Thread(() -> {
                for (int seat = 0; seat < 16; seat++) {
                    try {
                        if (map.book((seat + agent * 3) % 16, agent)) {
                            booked[agent - 1]++;
                        }
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                }
            }, "agent-" + agent);
            agents[a].start();
        }
        int total = 0;
        for (int a = 0; a < agents.length; a++) {
            agents[a].join();
            total += booked[a];
        }
        System.out.println("seats booked: " + total);
    }
}
