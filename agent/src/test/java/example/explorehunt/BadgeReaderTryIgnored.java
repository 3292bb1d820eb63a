package example.explorehunt;

import java.util.concurrent.Semaphore;

/**
 * Two doors of a badge reader let one visitor in at a time, a one-permit {@code Semaphore} their gate. A door checks
 * that the permit is free, takes it with {@code tryAcquire()} and ignores the result, counts its visitor in and out, and
 * gives a permit back. When both doors see the permit free before either takes it, one of them counts without the
 * permit: its writes of the count and the other door's are not ordered (a data race), and its release adds a permit the
 * gate never had. The untimed {@code tryAcquire()} is a scheduling point since the twenty-second session.
 */
// weft: expect race example.explorehunt.BadgeReaderTryIgnored.inside
public final class BadgeReaderTryIgnored {

    static final Semaphore GATE = new Semaphore(1);
    static int inside;
    static int admitted;

    static void admit() {
        if (GATE.availablePermits() > 0) {
            GATE.tryAcquire(); // the bug: its result is ignored
            inside++;
            admitted++;
            inside--;
            GATE.release();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread north = new Thread(BadgeReaderTryIgnored::admit, "door-north");
        Thread south = new Thread(BadgeReaderTryIgnored::admit, "door-south");
        north.start();
        south.start();
        north.join();
        south.join();
        System.out.println(admitted + " admitted, " + GATE.availablePermits() + " permit(s) left");
    }
}
