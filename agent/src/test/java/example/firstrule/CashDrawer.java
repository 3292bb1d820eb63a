package example.firstrule;

/**
 * A till whose drawer is a semaphore of one permit, taken and given back in a {@code finally} by the cashier, and also
 * given back by the supervisor's override ({@link Supervisor}, another class of the package): so it is no mutex that only
 * its holder releases, and weft must not treat it as one. Correct: a cashier waits for the drawer while the supervisor,
 * who saw it stuck, frees it; the cashier then takes it and finishes.
 */
public final class CashDrawer {

    public static void main(String[] args) throws Exception {
        Till till = new Till();
        Thread cashier = new Thread(() -> till.sell(5), "cashier");
        till.jam(); // a drawer stuck open: its permit taken and not given back
        cashier.start();
        Thread.sleep(300);
        new Supervisor().override(till);
        cashier.join();
        System.out.println("till: " + till.total());
    }
}
