package example.explorehunt;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Three shift supervisors hand over three stations, locking the station they leave, then the one they go to. For the
 * first rounds they move in the same direction; from round 3 on, supervisor {@code i} moves from station {@code i} to
 * {@code i + 1}: the three locks form a cycle only reached after a few rounds. An argument delays every supervisor
 * after the first by that many milliseconds (a plain run then predicts the cycle without deadlocking).
 */
// weft: expect deadlock
public final class RotatingShifts {

    static final int STATIONS = 3;
    static final int ROUNDS = 4;
    static final ReentrantLock[] STATION = {new ReentrantLock(), new ReentrantLock(), new ReentrantLock()};
    static final int[] handovers = new int[STATIONS];

    public static void main(String[] args) throws InterruptedException {
        long delay = args.length > 0 ? Long.parseLong(args[0]) : 0;
        Thread[] supervisors = new Thread[STATIONS];
        for (int i = 0; i < STATIONS; i++) {
            int own = i;
            supervisors[i] = new Thread(() -> {
                pause(own * delay);
                work(own);
            }, "supervisor-" + i);
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
            hand(from, to);
        }
    }

    static void hand(int from, int to) {
        STATION[from].lock();
        try {
            STATION[to].lock();
            try {
                handovers[to]++;
            } finally {
                STATION[to].unlock();
            }
        } finally {
            STATION[from].unlock();
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
