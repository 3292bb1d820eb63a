package example.collections;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** A catalogue renders price labels in two threads with one {@code DecimalFormat} kept in a field of the renderer. */
// weft: expect race example.collections.PriceLabelsSharedDecimalFormat$Renderer.money threads=render-1,render-2 collection=java.text.DecimalFormat
public final class PriceLabelsSharedDecimalFormat {

    static final class Renderer {
        private final DecimalFormat money = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));

        String label(String item, double price) {
            return item + ": " + money.format(price); // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Renderer renderer = new Renderer();
        int[] lengths = new int[2];
        Threads.runAll(new String[] {"render-1", "render-2"}, () -> {
            for (int i = 0; i < 300; i++) {
                lengths[0] += renderer.label("tea", 3.5 + i).length();
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                lengths[1] += renderer.label("cake", 1234.25 * i).length();
            }
        });
        System.out.println(lengths[0] + lengths[1]);
    }
}
