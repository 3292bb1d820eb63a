package example.collections;

import java.text.BreakIterator;
import java.util.Locale;

/** Two threads count the words of their texts with one shared {@code BreakIterator}, which keeps the text and its position: not thread-safe. */
// weft: expect race example.collections.WordBreaksSharedIterator.WORDS threads=counter-1,counter-2 collection=java.text.BreakIterator
public final class WordBreaksSharedIterator {

    static final BreakIterator WORDS = BreakIterator.getWordInstance(Locale.ROOT);

    static int count(String text) {
        int words = 0;
        try {
            WORDS.setText(text); // weft: race
            for (int end = WORDS.next(); end != BreakIterator.DONE; end = WORDS.next()) {
                words++;
            }
        } catch (RuntimeException raced) {
            // the other thread changed the text meanwhile
        }
        return words;
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"counter-1", "counter-2"}, () -> System.out.println(count("one two three")),
                () -> System.out.println(count("four five")));
    }
}
