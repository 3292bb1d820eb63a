package dev.weft.bench.bugs;

/**
 * Two threads update the same value, each under a lock of its own: one increments and checks its
 * increment, and fails when the other writes between its write and its check (SCTBench's wronglock_bad).
 */
public final class WrongLock {

    private WrongLock() { }

    static final class Data {
        int value;
    }

    public static void main(String[] args) throws InterruptedException {
        Data data = new Data();
        Object lockA = new Object();
        Object lockB = new Object();
        boolean[] broken = new boolean[1];
        Thread adder = new Thread(() -> {
            synchronized (lockA) {
                data.value += 5;
            }
        }, "adder");
        Thread checker = new Thread(() -> {
            synchronized (lockB) {
                int before = data.value;
                data.value = before + 1;
                broken[0] = data.value != before + 1;
            }
        }, "checker");
        adder.start();
        checker.start();
        adder.join();
        checker.join();
        if (broken[0]) {
            throw new AssertionError("the checker's increment was overwritten under the other lock");
        }
    }
}
