package example.collections;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tokenizer keeps one {@code Matcher} to save allocations and resets it on each line; two parser threads share the
 * tokenizer. Each line's reset and search are on one source line, so that the racing calls are at one line whichever of the
 * two threads' calls meet first. Both calls go through the field: a call on the matcher {@code reset} returns is a
 * call on an object no field names, which weft would report as a second finding of the same line.
 */
// weft: expect race example.collections.TokenMatcherReused$Tokenizer.matcher threads=parser-1,parser-2 collection=java.util.regex.Matcher
public final class TokenMatcherReused {

    static final class Tokenizer {
        private final Matcher matcher = Pattern.compile("[a-z]+=\\d+").matcher("");

        int count(String line) {
            matcher.reset(line); return (int) matcher.results().count(); // weft: race
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
