package example.collections;

import java.util.StringJoiner;

/** The fixed twin of {@code CsvHeaderJoinerShared}: a cell is added under the line's lock. */
// weft: expect none
public final class CsvHeaderJoinerLocked {

    static final class Line {
        final StringJoiner cells = new StringJoiner(",");

        synchronized void cell(String value) {
            cells.add(value);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Line line = new Line();
        Threads.runAll(new String[] {"columns-a", "columns-b"}, () -> {
            for (int i = 0; i < 300; i++) {
                line.cell("a" + i);
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                line.cell("b" + i);
            }
        });
        System.out.println(line.cells.length());
    }
}
