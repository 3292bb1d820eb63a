package example.racehunt;

/** The fixed {@link LexerPushbackChar}: the lexer's methods are {@code synchronized}. */
// weft: expect none
public final class LexerPushbackCharLocked {

    static final class Lexer {
        private char pushback;

        synchronized void unread(char c) {
            pushback = c;
        }

        synchronized char takePushback() {
            return pushback;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Lexer lexer = new Lexer();
        char[] taken = new char[1];
        Threads.runAll(new String[] {"parse-1", "parse-2"}, () -> lexer.unread('('), () -> taken[0] = lexer.takePushback());
        System.out.println("taken " + (int) taken[0]);
    }
}
