package example.explorehunt;

import java.util.concurrent.Semaphore;

/** The twin of {@link BadgeReaderTryIgnored}: a door lets its visitor in only when its {@code tryAcquire()} took the permit. */
// weft: expect none
public final class BadgeReaderTryChecked {

    static final Semaphore GATE = new Semaphore(1);
    static int inside;
    static int admitted;

    static void admit() {
        if (GATE.tryAcquire()) {
            inside++;
            admitted++;
            inside--;
            GATE.release();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread north = new Thread(BadgeReaderTryChecked::admit, "door-north");
        Thread south = new Thread(BadgeReaderTryChecked::admit, "door-south");
        north.start();
        south.start();
        north.join();
        south.join();
        if (GATE.availablePermits() != 1) {
            throw new IllegalStateException(GATE.availablePermits() + " permits");
        }
        System.out.println(admitted + " admitted");
    }
}
