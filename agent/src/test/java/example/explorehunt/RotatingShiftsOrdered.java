package example.explorehunt;

import java.util.concurrent.locks.ReentrantLock;

/** Twin of {@link RotatingShifts}: a handover locks the lower-numbered station first, whichever way it goes. */
// weft: expect none
public final class RotatingShiftsOrdered {

    static final int STATIONS = 3;
    static final int ROUNDS = 4;
    static final ReentrantLock[] STATION = {new ReentrantLock(), new ReentrantLock(), new ReentrantLock()};
    static final int[] handovers = new int[STATIONS];

    public static void main(String[] args) throws InterruptedException {
        Thread[] supervisors = new Thread[STATIONS];
        for (int i = 0; i < STATIONS; i++) {
            int own = i;
            supervisors[i] = new Thread(() -> work(own), "supervisor-" + i);
            supervisors[i].start();
        }
        for (Thread supervisor : supervisors) {
            supervisor.join();
        }
        System.out.println("handovers: " + java.util.Arrays.toString(handovers));
    }

    static void work(int own) {
        for (int round = 0; round < ROUNDS; round++) {
            int from = round < 3 ? 0 : own;
            int to = round < 3 ? 1 : (own + 1) % STATIONS;
            hand(Math.min(from, to), Math.max(from, to), to);
        }
    }

    static void hand(int first, int second, int to) {
        STATION[first].lock();
        try {
            STATION[second].lock();
            try {
                handovers[to]++;
            } finally {
                STATION[second].unlock();
            }
        } finally {
            STATION[first].unlock();
        }
    }
}
