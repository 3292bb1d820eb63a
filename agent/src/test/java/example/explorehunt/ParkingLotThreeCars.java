package example.explorehunt;

/**
 * A car park of two spaces: a car asks whether a space is free, then enters, each a {@code synchronized} method.
 * With two cars nothing can go wrong; with three, two cars that both see the last space free both enter, and the
 * car park holds three cars (a bug that needs at least three threads).
 */
// weft: expect failure
public final class ParkingLotThreeCars {

    static final class CarPark {
        static final int SPACES = 2;
        private int parked;

        synchronized boolean hasSpace() {
            return parked < SPACES;
        }

        synchronized void enter() {
            parked++;
        }

        synchronized int parked() {
            return parked;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        CarPark park = new CarPark();
        Thread[] cars = new Thread[3];
        for (int i = 0; i < cars.length; i++) {
            cars[i] = new Thread(() -> {
                if (park.hasSpace()) { // the bug: asked, then entered, apart
                    park.enter();
                }
            }, "car-" + i);
            cars[i].start();
        }
        for (Thread car : cars) {
            car.join();
        }
        if (park.parked() > CarPark.SPACES) {
            throw new IllegalStateException(park.parked() + " cars in " + CarPark.SPACES + " spaces");
        }
    }
}
