package example.explorehunt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * JUnit tests explored one method at a time ({@code weft explore --test}): transfers between two accounts in opposite
 * directions, one locking the accounts in the order of the transfer (a deadlock), the other by account number.
 * (Not named {@code *Test}: the agent's own build must not run them.)
 */
class TransferChecks {

    static final class Account {
        final int number;
        long balance = 100;

        Account(int number) {
            this.number = number;
        }
    }

    static void transferInOrderOfCall(Account from, Account to, long amount) {
        synchronized (from) {
            synchronized (to) {
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }

    static void transferByNumber(Account from, Account to, long amount) {
        Account first = from.number < to.number ? from : to;
        Account second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) {
                from.balance -= amount;
                to.balance += amount;
            }
        }
    }

    @Test
    void opposingTransfersKeepTheTotal() throws InterruptedException {
        Account a = new Account(1);
        Account b = new Account(2);
        Thread there = new Thread(() -> transferInOrderOfCall(a, b, 10), "transfer-a-b");
        Thread back = new Thread(() -> transferInOrderOfCall(b, a, 20), "transfer-b-a");
        there.start();
        back.start();
        there.join();
        back.join();
        assertEquals(200, a.balance + b.balance);
    }

    @Test
    void orderedTransfersKeepTheTotal() throws InterruptedException {
        Account a = new Account(1);
        Account b = new Account(2);
        Thread there = new Thread(() -> transferByNumber(a, b, 10), "transfer-a-b");
        Thread back = new Thread(() -> transferByNumber(b, a, 20), "transfer-b-a");
        there.start();
        back.start();
        there.join();
        back.join();
        assertEquals(200, a.balance + b.balance);
    }
}
