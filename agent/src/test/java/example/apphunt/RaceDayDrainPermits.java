package example.apphunt;

import java.util.concurrent.Semaphore;

/**
 * A regatta start: the starter drains a {@code Semaphore}'s permits, writes the course (plain fields) and then
 * {@code release(n)}s one permit per boat; each boat acquires one, reads the course and records its finish time in
 * its own slot; the starter takes all permits back with {@code acquire(n)}, released by each boat at its finish, and
 * reads every slot.
 */
// weft: expect none
public final class RaceDayDrainPermits {

    static final class Course {
        String name;
        int legs;
        double windKnots;
    }

    public static void main(String[] args) throws Exception {
        int boats = 4;
        Semaphore start = new Semaphore(boats);
        Semaphore finish = new Semaphore(0);
        Course course = new Course();
        double[] times = new double[boats];
        int drained = start.drainPermits();
        Thread[] crews = new Thread[boats];
        for (int b = 0; b < boats; b++) {
            int boat = b;
            crews[b] = new Thread(() -> {
                try {
                    start.acquire();
                    times[boat] = course.legs * 12.5 / (course.windKnots + boat) + course.name.length();
                    finish.release();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "boat-" + b);
            crews[b].start();
        }
        Thread starter = new Thread(() -> {
            course.name = "harbour triangle";
            course.legs = 3;
            course.windKnots = 14.0;
            start.release(boats);
            try {
                finish.acquire(boats);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            double best = Double.MAX_VALUE;
            for (double time : times) {
                best = Math.min(best, time);
            }
            System.out.println("drained " + drained + ", best time " + best);
        }, "starter");
        starter.start();
        starter.join();
        for (Thread crew : crews) {
            crew.join();
        }
    }
}
