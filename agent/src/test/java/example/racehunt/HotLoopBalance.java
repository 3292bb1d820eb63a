package example.racehunt;

/** Two tellers post 200,000 deposits each to one account in a hot loop that the JIT compiles: a lost update. */
// weft: expect race example.racehunt.HotLoopBalance$Account.balance threads=teller-1,teller-2
public final class HotLoopBalance {

    static final class Account {
        long balance;

        void deposit(long cents) {
            balance += cents; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account account = new Account();
        Runnable teller = () -> {
            for (int i = 0; i < 200_000; i++) {
                account.deposit(1);
            }
        };
        Threads.runAll(new String[] {"teller-1", "teller-2"}, teller, teller);
        System.out.println("balance " + (account.balance > 0));
    }
}
