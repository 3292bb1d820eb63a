package example.racehunt;

import java.lang.reflect.Array;

/** A generic binder fills a settings row through {@code java.lang.reflect.Array.setInt}; a reader reads the slot plainly. */
// weft: expect race int[] threads=binder,reader
public final class ReflectArraySlot {

    static final class Row {
        final int[] cells = new int[4];
    }

    public static void main(String[] args) throws InterruptedException {
        Row row = new Row();
        Object cells = row.cells;
        Threads.runAll(new String[] {"binder", "reader"},
                () -> Array.setInt(cells, 2, 42), // weft: race
                () -> System.out.println("cell " + row.cells[2])); // weft: race
    }
}
