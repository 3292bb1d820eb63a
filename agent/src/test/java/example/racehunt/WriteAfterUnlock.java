package example.racehunt;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** The reservation is checked under the lock, but the seat count is written after unlock(). */
// weft: expect race example.racehunt.WriteAfterUnlock$Flight.freeSeats threads=agent-1,agent-2
public final class WriteAfterUnlock {

    static final class Flight {
        private final Lock lock = new ReentrantLock();
        int freeSeats = 500;

        boolean reserve() {
            int free;
            lock.lock();
            try {
                free = freeSeats; // weft: race
            } finally {
                lock.unlock();
            }
            if (free == 0) {
                return false;
            }
            freeSeats = free - 1; // weft: race
            return true;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Flight flight = new Flight();
        Runnable agent = () -> {
            for (int i = 0; i < 100; i++) {
                flight.reserve();
            }
        };
        Threads.runAll(new String[] {"agent-1", "agent-2"}, agent, agent);
        System.out.println("free " + flight.freeSeats);
    }
}
