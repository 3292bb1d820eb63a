package example.racehunt;

/** An interface's default method updates the implementing object's field; two threads call it. */
// weft: expect race example.racehunt.DefaultMethodBump$Inventory.stock threads=picker-1,picker-2
public final class DefaultMethodBump {

    interface Stocked {
        Inventory inventory();

        default void take(int n) {
            inventory().stock -= n; // weft: race
        }
    }

    static final class Inventory implements Stocked {
        int stock = 10_000;

        @Override
        public Inventory inventory() {
            return this;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Inventory inventory = new Inventory();
        Stocked stocked = inventory;
        Runnable pick = () -> {
            for (int i = 0; i < 100; i++) {
                stocked.take(1);
            }
        };
        Threads.runAll(new String[] {"picker-1", "picker-2"}, pick, pick);
        System.out.println("stock " + inventory.stock);
    }
}
