package example.racehunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** The twin of {@code InventoryVarHandlePlain}: the handle's volatile modes order the restock before the picker's later reads. */
// weft: expect none
public final class InventoryVarHandleVolatile {

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
            STOCK.setVolatile(this, units);
        }

        int available() {
            return (int) STOCK.getVolatile(this);
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
