package example.racehunt;

/** A base class guards a shared static total with {@code synchronized (getClass())}: each subclass locks its own class. */
// weft: expect race example.racehunt.GetClassLockSubclasses$Shipment.totalKilos threads=trucks,ships
public final class GetClassLockSubclasses {

    abstract static class Shipment {
        static long totalKilos;

        void book(int kilos) {
            synchronized (getClass()) {
                totalKilos += kilos; // weft: race
            }
        }
    }

    static final class TruckShipment extends Shipment {
    }

    static final class SeaShipment extends Shipment {
    }

    public static void main(String[] args) throws InterruptedException {
        Shipment truck = new TruckShipment();
        Shipment ship = new SeaShipment();
        Threads.runAll(new String[] {"trucks", "ships"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        truck.book(10);
                    }
                },
                () -> {
                    for (int i = 0; i < 100; i++) {
                        ship.book(500);
                    }
                });
        System.out.println("total " + Shipment.totalKilos);
    }
}
