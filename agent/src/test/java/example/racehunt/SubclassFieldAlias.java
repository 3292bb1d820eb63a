package example.racehunt;

/**
 * An instance field of the base class, written by one thread through a base-typed reference and by the
 * other inside the subclass's own method: one variable, two names in the bytecode.
 */
// weft: expect race example.racehunt.SubclassFieldAlias$Account.balance threads=payroll,refunds
public final class SubclassFieldAlias {

    static class Account {
        long balance;
    }

    static final class Savings extends Account {
        void addInterest() {
            balance += 5; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Savings savings = new Savings();
        Account account = savings;
        Threads.runAll(new String[] {"payroll", "refunds"},
                () -> {
                    for (int i = 0; i < 200; i++) {
                        savings.addInterest();
                    }
                },
                () -> {
                    for (int i = 0; i < 200; i++) {
                        account.balance += 1; // weft: race
                    }
                });
        System.out.println("balance " + savings.balance);
    }
}
