package example.explorehunt;

/**
 * {@link AccountsByIdTransfers}'s accounts and tellers, but a transfer first takes both accounts' monitors in the
 * order of their ids, then calls {@code sendTo} (whose monitors it then already holds): one order, no deadlock.
 */
// weft: expect none
public final class AccountsByIdOrdered {

    static void transfer(String from, String to, long amount) {
        AccountsByIdTransfers.Account source = AccountsByIdTransfers.accounts.get(from);
        AccountsByIdTransfers.Account destination = AccountsByIdTransfers.accounts.get(to);
        Object first = from.compareTo(to) < 0 ? source : destination;
        Object second = first == source ? destination : source;
        synchronized (first) {
            synchronized (second) {
                source.sendTo(destination, amount);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread tellerA = new Thread(() -> transfer("alice", "bob", 30), "teller-a");
        Thread tellerB = new Thread(() -> transfer("bob", "alice", 20), "teller-b");
        tellerA.start();
        tellerB.start();
        tellerA.join();
        tellerB.join();
        System.out.println("total: " + (AccountsByIdTransfers.accounts.get("alice").balance()
                + AccountsByIdTransfers.accounts.get("bob").balance()));
    }
}
