package example.racehunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * An inventory whose stock level is a plain {@code int} field reached through a {@code VarHandle}: the
 * restock thread stores with the handle's plain {@code set}, the picker reads with its plain {@code get}.
 * Plain access modes are no synchronization at all: the two threads race.
 */
// weft: expect race example.racehunt.InventoryVarHandlePlain$Shelf.stock threads=restock,picker
public final class InventoryVarHandlePlain {

    static final class Shelf {
        private static final VarHandle STOCK;

        static {
            try {
                STOCK = MethodHandles.lookup().findVarHandle(Shelf.class, "stock", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private int stock;

        void restock(int units) {
            STOCK.set(this, units); // weft: race
        }

        int available() {
            return (int) STOCK.get(this); // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Shelf shelf = new Shelf();
        Runnable restock = () -> {
            for (int i = 0; i < 200; i++) {
                shelf.restock(50 + i % 7);
            }
        };
        long[] picked = new long[1];
        Runnable picker = () -> {
            for (int i = 0; i < 200; i++) {
                picked[0] += shelf.available();
            }
        };
        Threads.runAll(new String[] {"restock", "picker"}, restock, picker);
        System.out.println("picked " + picked[0]);
    }
}
