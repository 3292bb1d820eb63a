package example.collections;

/** A checker reverses a shared word buffer in place with {@code reverse()} while a typist appends a letter to it, with no lock. */
// weft: expect race example.collections.PalindromeBuilderReverse.WORD threads=checker,typist collection=java.lang.StringBuilder
public final class PalindromeBuilderReverse {

    static final StringBuilder WORD = new StringBuilder("leve");

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"typist", "checker"},
                () -> WORD.append('l'), // weft: race
                () -> System.out.println("reversed " + WORD.reverse())); // weft: race
    }
}
