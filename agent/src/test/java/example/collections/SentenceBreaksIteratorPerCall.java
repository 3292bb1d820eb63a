package example.collections;

import java.text.BreakIterator;
import java.util.Locale;

/** The twin of {@link SentenceBreaksSharedIterator}: each call makes its own {@code BreakIterator} over the document. */
// weft: expect none
public final class SentenceBreaksIteratorPerCall {

    static final String DOCUMENT = "Weft watches threads. It reports races. It stays silent otherwise.";

    static int boundaryAfter(int offset) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(DOCUMENT);
        return sentences.following(offset);
    }

    public static void main(String[] args) throws InterruptedException {
        int[] ends = new int[2];
        Threads.runAll(new String[] {"highlighter-1", "highlighter-2"}, () -> ends[0] = boundaryAfter(3), () -> ends[1] = boundaryAfter(30));
        System.out.println("sentences end at " + ends[0] + " and " + ends[1]);
    }
}
