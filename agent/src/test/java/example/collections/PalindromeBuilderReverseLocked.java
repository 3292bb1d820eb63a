package example.collections;

/**
 * Twin of {@code PalindromeBuilderReverse}: the checker reverses a copy it makes holding the word's lock, in which the
 * typist appends. Correct: no finding.
 */
// weft: expect none
public final class PalindromeBuilderReverseLocked {

    static final StringBuilder WORD = new StringBuilder("leve");

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"typist", "checker"},
                () -> {
                    synchronized (WORD) {
                        WORD.append('l');
                    }
                },
                () -> {
                    StringBuilder copy;
                    synchronized (WORD) {
                        copy = new StringBuilder(WORD);
                    }
                    System.out.println("reversed " + copy.reverse());
                });
    }
}
