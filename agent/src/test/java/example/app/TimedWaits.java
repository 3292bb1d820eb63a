package example.app;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;
/**
 * Timed calls whose partner never comes, or comes only after the call times out: each times out in the
 * model's virtual time (when no other thread can go on), so the run is the same every time. Two workers take
 * two locks in opposite orders with tryLock(time): one backs off.
 */
public final class TimedWaits {
    static final Object monitor = new Object();
    static boolean notified;
    public static void main(String[] args) throws Exception {
        StringBuilder out = new StringBuilder();
        ReentrantLock a = new ReentrantLock(), b = new ReentrantLock();
        int[] backOffs = new int[1];
        CountDownLatch holding = new CountDownLatch(2);
        Thread[] pair = new Thread[2];
        for (int w = 0; w < 2; w++) {
            ReentrantLock first = w == 0 ? a : b, second = w == 0 ? b : a;
            pair[w] = new Thread(() -> {
                try {
                    while (true) {
                        first.lock();
                        try {
                            holding.countDown();
                            holding.await(); // both hold their first lock: one tryLock must time out
                            if (second.tryLock(50, TimeUnit.MILLISECONDS)) { second.unlock(); return; }
                        } finally { first.unlock(); }
                        synchronized (backOffs) { backOffs[0]++; }
                    }
                } catch (InterruptedException e) { throw new IllegalStateException(e); }
            }, "philosopher-" + w);
        }
        for (Thread t : pair) { t.start(); }
        for (Thread t : pair) { t.join(); }
        out.append("locks ").append(backOffs[0] > 0 ? "backed-off" : "direct");

        CountDownLatch gate = new CountDownLatch(1);
        Thread waiter = new Thread(() -> { try { gate.await(); } catch (InterruptedException e) { } }, "waiter");
        waiter.start();
        waiter.join(100);                        // times out: the waiter waits for main
        out.append(" join ").append(waiter.isAlive());
        gate.countDown();
        waiter.join();

        Thread sleeper = new Thread(() -> {
            try { Thread.sleep(20); } catch (InterruptedException e) { }
            synchronized (monitor) { notified = true; monitor.notifyAll(); }
        }, "sleeper");
        sleeper.start();
        synchronized (monitor) { while (!notified) { monitor.wait(1000); } }
        sleeper.join();
        out.append(" wait ").append(notified);

        ReentrantLock lock = new ReentrantLock();
        Condition never = lock.newCondition();
        lock.lock();
        try { out.append(" await ").append(never.await(10, TimeUnit.MILLISECONDS)); } finally { lock.unlock(); }
        out.append(" poll ").append(new LinkedBlockingQueue<Integer>().poll(10, TimeUnit.MILLISECONDS));
        out.append(" acquire ").append(new Semaphore(0).tryAcquire(10, TimeUnit.MILLISECONDS));
        out.append(" latch ").append(new CountDownLatch(1).await(10, TimeUnit.MILLISECONDS));

        CyclicBarrier barrier = new CyclicBarrier(3);
        String[] party = new String[1];
        Thread other = new Thread(() -> {
            try { barrier.await(); party[0] = "tripped"; }
            catch (BrokenBarrierException e) { party[0] = "broken"; }
            catch (InterruptedException e) { party[0] = "interrupted"; }
        }, "party");
        other.start();
        try { barrier.await(30, TimeUnit.MILLISECONDS); out.append(" barrier tripped"); }
        catch (TimeoutException e) { out.append(" barrier timeout"); }
        other.join();
        out.append(" party ").append(party[0]);
        try { new Exchanger<String>().exchange("x", 10, TimeUnit.MILLISECONDS); out.append(" exchanged"); }
        catch (TimeoutException e) { out.append(" exchange timeout"); }
        SynchronousQueue<String> hand = new SynchronousQueue<>();
        out.append(" offer ").append(hand.offer("x", 10, TimeUnit.MILLISECONDS));
        out.append(" take ").append(hand.poll(10, TimeUnit.MILLISECONDS));
        out.append(" transfer ").append(new LinkedTransferQueue<String>().tryTransfer("x", 10, TimeUnit.MILLISECONDS));
        Phaser phaser = new Phaser(2);
        try { phaser.awaitAdvanceInterruptibly(phaser.arrive(), 10, TimeUnit.MILLISECONDS); out.append(" advanced"); }
        catch (TimeoutException e) { out.append(" phase timeout"); }
        try { new FutureTask<String>(() -> "never").get(10, TimeUnit.MILLISECONDS); out.append(" got"); }
        catch (TimeoutException e) { out.append(" get timeout"); }
        System.out.println(out);
    }
}
