package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A shop's end-of-day report prices its sale lines in a parallel stream (the mapper fills mutable {@code Line}
 * objects) and collects them with {@code Collectors.teeing}: a total on one side, the lines over a threshold
 * (through {@code filtering} and {@code toList}) on the other, merged into a summary whose lines the report reads.
 */
// weft: expect none
public final class SalesSummaryTeeing {

    static final class Line {
        final int sku;
        long cents;
        String label;

        Line(int sku) {
            this.sku = sku;
        }
    }

    static final class Summary {
        final long total;
        final List<Line> large;

        Summary(long total, List<Line> large) {
            this.total = total;
            this.large = large;
        }
    }

    public static void main(String[] args) {
        List<Integer> skus = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            skus.add(i);
        }
        Summary summary = skus.parallelStream()
                .map(sku -> {
                    Line line = new Line(sku);
                    line.cents = (sku * 37L) % 1_000;
                    line.label = "sku-" + sku;
                    return line;
                })
                .collect(Collectors.teeing(
                        Collectors.summingLong(line -> line.cents),
                        Collectors.filtering(line -> line.cents > 900, Collectors.toList()),
                        Summary::new));
        long large = 0;
        for (Line line : summary.large) {
            large += line.cents + line.label.length();
        }
        System.out.println("total " + summary.total + ", " + summary.large.size() + " large lines, " + large);
    }
}
