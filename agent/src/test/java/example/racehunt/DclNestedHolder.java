package example.racehunt;

import java.util.List;

/** Double-checked locking on a plain static field of a nested holder: the first, unlocked read races. */
// weft: expect race example.racehunt.DclNestedHolder$Holder.catalog threads=shop-1,shop-2
public final class DclNestedHolder {

    static final class Catalog {
        final List<String> items;

        Catalog(List<String> items) {
            this.items = items;
        }
    }

    static final class Holder {
        static Catalog catalog;
    }

    static Catalog catalog() {
        Catalog c = Holder.catalog; // weft: race
        if (c == null) {
            synchronized (Holder.class) {
                c = Holder.catalog;
                if (c == null) {
                    c = new Catalog(List.of("lamp", "desk", "chair"));
                    Holder.catalog = c; // weft: race
                }
            }
        }
        return c;
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable shop = () -> {
            int n = 0;
            for (int i = 0; i < 100; i++) {
                n += catalog().items.size();
            }
            System.out.println("listed " + n);
        };
        Threads.runAll(new String[] {"shop-1", "shop-2"}, shop, shop);
    }
}
