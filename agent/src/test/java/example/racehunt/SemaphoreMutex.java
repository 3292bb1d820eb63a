package example.racehunt;

import java.util.concurrent.Semaphore;

/** A Semaphore of one permit used as a mutex around a balance. */
// weft: expect none
public final class SemaphoreMutex {

    private static final Semaphore MUTEX = new Semaphore(1);
    private static long balance;

    public static void main(String[] args) throws InterruptedException {
        Runnable deposit = () -> {
            for (int i = 0; i < 300; i++) {
                MUTEX.acquireUninterruptibly();
                try {
                    balance += 10;
                } finally {
                    MUTEX.release();
                }
            }
        };
        Threads.runAll(new String[] {"teller-1", "teller-2"}, deposit, deposit);
        System.out.println("balance " + balance);
    }
}
