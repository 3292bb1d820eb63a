package example.apphunt;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

/**
 * A report reads the rows of a result set through a {@code Spliterators.AbstractSpliterator} subclass, the
 * JDK's base for a source that only knows how to advance: each {@code tryAdvance} makes a row object, and the
 * JDK's {@code trySplit} takes batches of rows in the thread that splits and forks them to the common pool's
 * workers, which read the rows' fields in the stream's filter and sum.
 */
// weft: expect none
public final class QueryRowsFixed {

    static final class Row {
        long orderId;
        String region;
        long cents;
    }

    static final class ResultSetRows extends Spliterators.AbstractSpliterator<Row> {
        private final int rows;
        private int cursor;

        ResultSetRows(int rows) {
            super(rows, ORDERED | NONNULL);
            this.rows = rows;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Row> action) {
            if (cursor >= rows) {
                return false;
            }
            Row row = new Row();
            row.orderId = 10_000 + cursor;
            row.region = cursor % 4 == 0 ? "north" : "south";
            row.cents = 999 + cursor % 5000;
            cursor++;
            action.accept(row);
            return true;
        }
    }

    public static void main(String[] args) {
        long north = StreamSupport.stream(new ResultSetRows(8_000), true)
                .filter(row -> row.region.equals("north"))
                .mapToLong(row -> row.cents)
                .sum();
        System.out.println("north: " + north / 100 + " dollars");
    }
}
