package example.racehunt;

import java.lang.reflect.Array;

/** Twin of {@code ReflectArraySlot}: the binder's {@code Array.setInt} and the reader's read hold the row's lock. Correct: no finding. */
// weft: expect none
public final class ReflectArraySlotLocked {

    static final class Row {
        final int[] cells = new int[4];
    }

    public static void main(String[] args) throws InterruptedException {
        Row row = new Row();
        Object cells = row.cells;
        Threads.runAll(new String[] {"binder", "reader"},
                () -> {
                    synchronized (row) {
                        Array.setInt(cells, 2, 42);
                        Array.set(cells, 3, 7);
                    }
                },
                () -> {
                    synchronized (row) {
                        System.out.println("cells " + row.cells[2] + " " + Array.getInt(cells, 3));
                    }
                });
    }
}
