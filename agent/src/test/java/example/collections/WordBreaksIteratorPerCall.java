package example.collections;

import java.text.BreakIterator;
import java.util.Locale;

/** The twin of {@link WordBreaksSharedIterator}: each call makes its own {@code BreakIterator}. */
// weft: expect none
public final class WordBreaksIteratorPerCall {

    static int count(String text) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int count = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            count++;
        }
        return count;
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"counter-1", "counter-2"}, () -> System.out.println(count("one two three")),
                () -> System.out.println(count("four five")));
    }
}
