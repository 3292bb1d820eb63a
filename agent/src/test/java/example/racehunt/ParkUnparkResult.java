package example.racehunt;

import java.util.concurrent.locks.LockSupport;

/** A waiter parks until its computer writes the plain result and unparks it; a volatile flag guards spurious wake-ups. */
// weft: expect none
public final class ParkUnparkResult {

    private static long[] result;
    private static volatile boolean ready;

    public static void main(String[] args) throws InterruptedException {
        Thread waiter = new Thread(() -> {
            while (!ready) {
                LockSupport.park();
            }
            System.out.println("result " + result[0] + result[1]);
        }, "waiter");
        Thread computer = new Thread(() -> {
            result = new long[] {6, 7};
            ready = true;
            LockSupport.unpark(waiter);
        }, "computer");
        waiter.start();
        computer.start();
        waiter.join();
        computer.join();
    }
}
