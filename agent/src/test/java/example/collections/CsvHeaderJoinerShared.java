package example.collections;

import java.util.StringJoiner;

/**
 * An exporter builds a CSV line with one {@code StringJoiner} kept in a field; two column producers add their cells to
 * it with no lock (a joiner is not thread-safe: cells are lost or the line is torn).
 */
// weft: expect race example.collections.CsvHeaderJoinerShared$Line.cells threads=columns-a,columns-b collection=java.util.StringJoiner
public final class CsvHeaderJoinerShared {

    static final class Line {
        final StringJoiner cells = new StringJoiner(",");

        void cell(String value) {
            cells.add(value); // weft: race
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
