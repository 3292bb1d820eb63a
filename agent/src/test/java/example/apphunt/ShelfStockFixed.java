package example.apphunt;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A warehouse sorts its shelf records with {@code Arrays.parallelSort} and a comparator reading their fields,
 * fills a reorder table with {@code parallelSetAll} and running totals with {@code parallelPrefix}; everything the
 * functions read was made by the main thread before each call.
 */
// weft: expect none
public final class ShelfStockFixed {

    static final class Shelf {
        final String aisle;
        int units;
        int reorderAt;

        Shelf(String aisle, int units, int reorderAt) {
            this.aisle = aisle;
            this.units = units;
            this.reorderAt = reorderAt;
        }
    }

    public static void main(String[] args) {
        Shelf[] shelves = new Shelf[20_000];
        for (int i = 0; i < shelves.length; i++) {
            shelves[i] = new Shelf("A" + i % 40, (i * 7919) % 500, 20 + i % 30);
        }
        Arrays.parallelSort(shelves, Comparator.comparingInt((Shelf s) -> s.units).thenComparing(s -> s.aisle));
        int[] shortfall = new int[shelves.length];
        Arrays.parallelSetAll(shortfall, i -> Math.max(0, shelves[i].reorderAt - shelves[i].units));
        Arrays.parallelPrefix(shortfall, Integer::sum);
        List<Shelf> view = Arrays.asList(shelves);
        System.out.println("lowest " + view.get(0).units + ", total shortfall " + shortfall[shortfall.length - 1]);
    }
}
