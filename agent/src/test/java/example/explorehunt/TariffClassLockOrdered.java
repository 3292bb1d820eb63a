package example.explorehunt;

/** {@link TariffClassLock} whose price change records the change after it lets the tariff's monitor go. */
// weft: expect none
public final class TariffClassLockOrdered {

    static final Tariff[] TARIFFS = {new Tariff(10), new Tariff(20)};
    static int changes;

    static final class Tariff {
        private int cents;

        Tariff(int cents) {
            this.cents = cents;
        }

        void change(int newCents) {
            synchronized (this) {
                cents = newCents;
            }
            recordChange();
        }

        synchronized void scale(int percent) {
            cents = cents * percent / 100;
        }
    }

    static synchronized void recordChange() {
        changes++;
    }

    static synchronized void reload() {
        for (Tariff tariff : TARIFFS) {
            tariff.scale(110);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        long delay = args.length > 0 ? Long.parseLong(args[0]) : 0;
        Thread loader = new Thread(TariffClassLockOrdered::reload, "loader");
        Thread editor = new Thread(() -> {
            pause(delay);
            TARIFFS[1].change(25);
        }, "editor");
        loader.start();
        editor.start();
        loader.join();
        editor.join();
        System.out.println("changes " + changes);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
