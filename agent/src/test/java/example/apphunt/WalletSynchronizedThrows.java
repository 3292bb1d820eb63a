package example.apphunt;

import java.util.concurrent.CountDownLatch;

/**
 * A wallet service whose {@code synchronized} methods leave by throwing: {@code withdraw} changes the balance and a
 * failure count and then throws when the balance would go negative (rolling back first); {@code audit} throws from
 * inside a {@code synchronized (this)} block after it wrote the audit fields. Spenders and top-up threads catch the
 * exceptions and go on; the wallet is read after a latch.
 */
// weft: expect none
public final class WalletSynchronizedThrows {

    static final class InsufficientFunds extends RuntimeException {
        InsufficientFunds(String message) {
            super(message, null, false, false);
        }
    }

    static final class Wallet {
        private long balance = 500;
        private int failures;
        private int audits;
        private long lastAudited;

        synchronized void withdraw(long amount) {
            balance -= amount;
            if (balance < 0) {
                balance += amount;
                failures++;
                throw new InsufficientFunds("balance below " + amount);
            }
        }

        synchronized void topUp(long amount) {
            balance += amount;
        }

        void audit() {
            synchronized (this) {
                audits++;
                lastAudited = balance;
                if (lastAudited < 100) {
                    throw new IllegalStateException("low balance " + lastAudited);
                }
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Wallet wallet = new Wallet();
        CountDownLatch done = new CountDownLatch(4);
        int[] refused = new int[4];
        for (int t = 0; t < 4; t++) {
            int id = t;
            new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    try {
                        if (id == 3) {
                            wallet.topUp(30);
                        } else {
                            wallet.withdraw(15 + id * 5);
                        }
                        wallet.audit();
                    } catch (InsufficientFunds | IllegalStateException e) {
                        refused[id]++;
                    }
                }
                done.countDown();
            }, id == 3 ? "top-up" : "spender-" + id).start();
        }
        done.await();
        System.out.println("balance " + wallet.balance + ", failures " + wallet.failures + ", audits " + wallet.audits
                + ", refused " + (refused[0] + refused[1] + refused[2] + refused[3]));
    }
}
