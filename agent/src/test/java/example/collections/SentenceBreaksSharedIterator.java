package example.collections;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Two highlighter threads find the sentence boundary after their offsets in one document with one shared
 * {@code BreakIterator}, whose {@code following} moves its position: not thread-safe, and no lock.
 */
// weft: expect race example.collections.SentenceBreaksSharedIterator.SENTENCES threads=highlighter-1,highlighter-2 collection=java.text.BreakIterator
public final class SentenceBreaksSharedIterator {

    static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);

    static int boundaryAfter(int offset) {
        return SENTENCES.following(offset); // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        SENTENCES.setText("Weft watches threads. It reports races. It stays silent otherwise.");
        int[] ends = new int[2];
        Threads.runAll(new String[] {"highlighter-1", "highlighter-2"}, () -> ends[0] = boundaryAfter(3), () -> ends[1] = boundaryAfter(30));
        System.out.println("sentences end at " + ends[0] + " and " + ends[1]);
    }
}
