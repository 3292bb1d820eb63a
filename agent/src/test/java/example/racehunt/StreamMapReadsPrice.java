package example.racehunt;

import java.util.List;

/** A sequential stream's map function reads each item's price while the repricer changes one. */
// weft: expect race example.racehunt.StreamMapReadsPrice$Item.cents threads=repricer,checkout
public final class StreamMapReadsPrice {

    static final class Item {
        long cents = 999;
    }

    public static void main(String[] args) throws InterruptedException {
        Item tea = new Item();
        List<Item> basket = List.of(tea, new Item());
        Threads.runAll(new String[] {"repricer", "checkout"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        tea.cents = 900 + i; // weft: race
                    }
                },
                () -> {
                    long total = 0;
                    for (int i = 0; i < 100; i++) {
                        total += basket.stream().mapToLong(item -> item.cents).sum(); // weft: race
                    }
                    System.out.println("total " + (total > 0));
                });
    }
}
