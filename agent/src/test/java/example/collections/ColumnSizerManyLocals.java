package example.collections;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A report's column sizer, written as generated code is, with one local per column (32 {@code long}s, so the row
 * iterator's local slot is above 63): it hands the iterator over the rows to a helper thread that sizes half of them and
 * goes on stepping it itself, with no lock, so both move the iterator's cursor.
 */
// weft: expect race example.collections.ColumnSizerManyLocals$Sizer.rows threads=sizer,main collection=java.util.ArrayList$Itr
public final class ColumnSizerManyLocals {

    static final class Sizer implements Runnable {
        private final Iterator<String> rows;
        int widest;

        Sizer(Iterator<String> rows) {
            this.rows = rows;
        }

        @Override
        public void run() {
            try {
                String cell;
                while (rows.hasNext() && (cell = rows.next()) != null) { // weft: race
                    widest = Math.max(widest, cell.length());
                }
            } catch (NoSuchElementException takenMeanwhile) {
                // main took the last row meanwhile
            }
        }
    }

    static long size(List<String> cells) throws InterruptedException {
        long width0 = 0;
        long width1 = 0;
        long width2 = 0;
        long width3 = 0;
        long width4 = 0;
        long width5 = 0;
        long width6 = 0;
        long width7 = 0;
        long width8 = 0;
        long width9 = 0;
        long width10 = 0;
        long width11 = 0;
        long width12 = 0;
        long width13 = 0;
        long width14 = 0;
        long width15 = 0;
        long width16 = 0;
        long width17 = 0;
        long width18 = 0;
        long width19 = 0;
        long width20 = 0;
        long width21 = 0;
        long width22 = 0;
        long width23 = 0;
        long width24 = 0;
        long width25 = 0;
        long width26 = 0;
        long width27 = 0;
        long width28 = 0;
        long width29 = 0;
        long width30 = 0;
        long width31 = 0;
        Iterator<String> rows = cells.iterator();
        Sizer helper = new Sizer(rows);
        Thread sizer = new Thread(helper, "sizer");
        sizer.start();
        int column = 0;
        try {
            String cell;
            while (rows.hasNext() && (cell = rows.next()) != null) { // weft: race
                switch (column++ % 32) {
                    case 0 -> width0 = Math.max(width0, cell.length());
                    case 1 -> width1 = Math.max(width1, cell.length());
                    case 2 -> width2 = Math.max(width2, cell.length());
                    case 3 -> width3 = Math.max(width3, cell.length());
                    case 4 -> width4 = Math.max(width4, cell.length());
                    case 5 -> width5 = Math.max(width5, cell.length());
                    case 6 -> width6 = Math.max(width6, cell.length());
                    case 7 -> width7 = Math.max(width7, cell.length());
                    case 8 -> width8 = Math.max(width8, cell.length());
                    case 9 -> width9 = Math.max(width9, cell.length());
                    case 10 -> width10 = Math.max(width10, cell.length());
                    case 11 -> width11 = Math.max(width11, cell.length());
                    case 12 -> width12 = Math.max(width12, cell.length());
                    case 13 -> width13 = Math.max(width13, cell.length());
                    case 14 -> width14 = Math.max(width14, cell.length());
                    case 15 -> width15 = Math.max(width15, cell.length());
                    case 16 -> width16 = Math.max(width16, cell.length());
                    case 17 -> width17 = Math.max(width17, cell.length());
                    case 18 -> width18 = Math.max(width18, cell.length());
                    case 19 -> width19 = Math.max(width19, cell.length());
                    case 20 -> width20 = Math.max(width20, cell.length());
                    case 21 -> width21 = Math.max(width21, cell.length());
                    case 22 -> width22 = Math.max(width22, cell.length());
                    case 23 -> width23 = Math.max(width23, cell.length());
                    case 24 -> width24 = Math.max(width24, cell.length());
                    case 25 -> width25 = Math.max(width25, cell.length());
                    case 26 -> width26 = Math.max(width26, cell.length());
                    case 27 -> width27 = Math.max(width27, cell.length());
                    case 28 -> width28 = Math.max(width28, cell.length());
                    case 29 -> width29 = Math.max(width29, cell.length());
                    case 30 -> width30 = Math.max(width30, cell.length());
                    case 31 -> width31 = Math.max(width31, cell.length());
                    default -> { }
                }
            }
        } catch (NoSuchElementException takenMeanwhile) {
            // the helper took the last row meanwhile
        }
        sizer.join();
        return helper.widest + width0 + width1 + width2 + width3 + width4 + width5 + width6 + width7
                + width8 + width9 + width10 + width11 + width12 + width13 + width14 + width15
                + width16 + width17 + width18 + width19 + width20 + width21 + width22 + width23
                + width24 + width25 + width26 + width27 + width28 + width29 + width30 + width31;
    }


    public static void main(String[] args) throws InterruptedException {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            cells.add("cell-" + i);
        }
        System.out.println("total width: " + size(cells));
    }
}
