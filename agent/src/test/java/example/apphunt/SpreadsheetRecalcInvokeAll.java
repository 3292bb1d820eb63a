package example.apphunt;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * A spreadsheet recalculation: one {@code RecursiveAction} per column range recomputes cells into a shared grid with
 * {@code ForkJoinTask.invokeAll(left, right)}; each leaf also writes its range's own subtotal field of a sheet
 * object (one field per leaf). After the recursion the root's {@code compute} reads every subtotal and all the
 * cells, and {@code main} reads the sheet after {@code pool.invoke}.
 */
// weft: expect none
public final class SpreadsheetRecalcInvokeAll {

    static final class Sheet {
        final double[][] cells = new double[8][64];
        final double[] subtotals = new double[8];
        double grandTotal;
    }

    static final class Recalc extends RecursiveAction {
        final Sheet sheet;
        final int from;
        final int to;
        final boolean root;

        Recalc(Sheet sheet, int from, int to, boolean root) {
            this.sheet = sheet;
            this.from = from;
            this.to = to;
            this.root = root;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                double sum = 0;
                for (int row = 0; row < sheet.cells[from].length; row++) {
                    sheet.cells[from][row] = row * 1.5 + from;
                    sum += sheet.cells[from][row];
                }
                sheet.subtotals[from] = sum;
                return;
            }
            int middle = (from + to) >>> 1;
            ForkJoinTask.invokeAll(new Recalc(sheet, from, middle, false), new Recalc(sheet, middle, to, false));
            if (root) {
                double total = 0;
                for (int column = from; column < to; column++) {
                    total += sheet.subtotals[column] + sheet.cells[column][0];
                }
                sheet.grandTotal = total;
            }
        }
    }

    public static void main(String[] args) {
        ForkJoinPool pool = new ForkJoinPool(3);
        Sheet sheet = new Sheet();
        pool.invoke(new Recalc(sheet, 0, sheet.cells.length, true));
        pool.shutdown();
        System.out.println("grand total " + sheet.grandTotal + ", last cell " + sheet.cells[7][63]);
    }
}
