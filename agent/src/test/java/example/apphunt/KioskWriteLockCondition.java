package example.apphunt;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;

/**
 * A ticket kiosk queues print jobs in a plain {@code ArrayDeque} under the write lock of a
 * {@code ReentrantReadWriteLock}; the printer thread waits on a {@code Condition} of that write lock
 * ({@code writeLock().newCondition()}) until a job is queued, and the screens count the queue under the read lock.
 * The kiosk's paper level sits under a {@code StampedLock} reached only through its {@code asReadWriteLock()} view.
 */
// weft: expect none
public final class KioskWriteLockCondition {

    static final class Job {
        String ticket;
        int copies;
        boolean printed;
    }

    static final class Kiosk {
        final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        final Condition queued = lock.writeLock().newCondition();
        final ArrayDeque<Job> jobs = new ArrayDeque<>();
        final ReadWriteLock paperLock = new StampedLock().asReadWriteLock();
        int sheets = 10_000;
    }

    public static void main(String[] args) throws InterruptedException {
        Kiosk kiosk = new Kiosk();
        int total = 120;
        Job[] all = new Job[total];
        Thread printer = new Thread(() -> {
            for (int printed = 0; printed < total; printed++) {
                Job job;
                kiosk.lock.writeLock().lock();
                try {
                    while (kiosk.jobs.isEmpty()) {
                        kiosk.queued.awaitUninterruptibly();
                    }
                    job = kiosk.jobs.poll();
                } finally {
                    kiosk.lock.writeLock().unlock();
                }
                Lock paper = kiosk.paperLock.writeLock();
                paper.lock();
                try {
                    kiosk.sheets -= job.copies;
                } finally {
                    paper.unlock();
                }
                job.printed = true;
            }
        }, "printer");
        printer.start();
        Thread screen = new Thread(() -> {
            long seen = 0;
            for (int i = 0; i < 500; i++) {
                kiosk.lock.readLock().lock();
                try {
                    seen += kiosk.jobs.size();
                } finally {
                    kiosk.lock.readLock().unlock();
                }
                Lock paper = kiosk.paperLock.readLock();
                paper.lock();
                try {
                    seen += kiosk.sheets > 0 ? 0 : 1;
                } finally {
                    paper.unlock();
                }
            }
            if (seen < 0) {
                throw new IllegalStateException();
            }
        }, "screen");
        screen.start();
        for (int n = 0; n < total; n++) {
            Job job = new Job();
            job.ticket = "T" + n;
            job.copies = 1 + n % 3;
            all[n] = job;
            kiosk.lock.writeLock().lock();
            try {
                kiosk.jobs.add(job);
                kiosk.queued.signal();
            } finally {
                kiosk.lock.writeLock().unlock();
            }
        }
        printer.join();
        screen.join();
        int printed = 0;
        for (Job job : all) {
            printed += job.printed ? 1 : 0;
        }
        System.out.println(printed + " printed, " + kiosk.sheets + " sheets left");
    }
}
