package example.collections;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fixed twin of {@code TokenMatcherReused}: the shared, thread-safe {@code Pattern} makes a matcher per line. */
// weft: expect none
public final class TokenMatcherPerLine {

    static final class Tokenizer {
        private final Pattern pattern = Pattern.compile("[a-z]+=\\d+");

        int count(String line) {
            Matcher matcher = pattern.matcher(line);
            int n = 0;
            while (matcher.find()) {
                n++;
            }
            return n;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Tokenizer tokenizer = new Tokenizer();
        int[] totals = new int[2];
        Threads.runAll(new String[] {"parser-1", "parser-2"}, () -> {
            for (int i = 0; i < 300; i++) {
                totals[0] += tokenizer.count("a=1 b=2 c=" + i);
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                totals[1] += tokenizer.count("x=9 y=" + i);
            }
        });
        System.out.println(totals[0] + totals[1]);
    }
}
