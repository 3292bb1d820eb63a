package example.explorehunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An account whose {@code synchronized} withdraw appends to an audit trail guarded by a {@code ReentrantLock},
 * and an audit trail whose rotation, under that lock, snapshots the account's balance through its
 * {@code synchronized} getter: withdraw takes the monitor, then the lock; rotate the lock, then the monitor.
 */
// weft: expect deadlock
public final class AuditTrailDeadlock {

    static final class AuditTrail {
        private final ReentrantLock lock = new ReentrantLock();
        private final List<String> entries = new ArrayList<>();
        Account account;

        void append(String entry) {
            lock.lock();
            try {
                entries.add(entry);
            } finally {
                lock.unlock();
            }
        }

        void rotate() {
            lock.lock();
            try {
                entries.clear();
                entries.add("opening balance " + account.balance());
            } finally {
                lock.unlock();
            }
        }
    }

    static final class Account {
        private final AuditTrail trail;
        private long balance = 100;

        Account(AuditTrail trail) {
            this.trail = trail;
        }

        synchronized void withdraw(long amount) {
            balance -= amount;
            trail.append("withdrew " + amount);
        }

        synchronized long balance() {
            return balance;
        }
    }

    /** With an argument, sleeps that many milliseconds: a plain run then rarely deadlocks, and predicts the cycle. */
    static void pause(String[] args) {
        if (args.length > 0) {
            try {
                Thread.sleep(Long.parseLong(args[0]));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AuditTrail trail = new AuditTrail();
        Account account = new Account(trail);
        trail.account = account;
        Thread teller = new Thread(() -> account.withdraw(30), "teller");
        Thread rotator = new Thread(() -> {
            pause(args);
            trail.rotate();
        }, "rotator");
        teller.start();
        rotator.start();
        teller.join();
        rotator.join();
        System.out.println("done");
    }
}
