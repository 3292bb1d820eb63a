package example.explorehunt;

/** Twin of {@link ParkingLotThreeCars}: a car enters by one {@code synchronized} call that checks and takes the space together. */
// weft: expect none
public final class ParkingLotTryEnter {

    static final class CarPark {
        static final int SPACES = 2;
        private int parked;

        synchronized boolean tryEnter() {
            if (parked < SPACES) {
                parked++;
                return true;
            }
            return false;
        }

        synchronized int parked() {
            return parked;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        CarPark park = new CarPark();
        Thread[] cars = new Thread[3];
        for (int i = 0; i < cars.length; i++) {
            cars[i] = new Thread(park::tryEnter, "car-" + i);
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
