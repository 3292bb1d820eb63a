package example.explorehunt;

/**
 * Tariffs: a {@code static synchronized} reload (the class's monitor) updates every tariff under its own monitor,
 * while a {@code synchronized} price change of one tariff (its monitor) records the change in the class-wide
 * history through a {@code static synchronized} method. The class's monitor and a tariff's are taken in opposite
 * orders. An argument delays the price change by that many milliseconds (a plain run then predicts the cycle).
 */
// weft: expect deadlock
public final class TariffClassLock {

    static final Tariff[] TARIFFS = {new Tariff(10), new Tariff(20)};
    static int changes;

    static final class Tariff {
        private int cents;

        Tariff(int cents) {
            this.cents = cents;
        }

        synchronized void change(int newCents) {
            cents = newCents;
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
        Thread loader = new Thread(TariffClassLock::reload, "loader");
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
