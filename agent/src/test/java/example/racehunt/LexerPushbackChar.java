package example.racehunt;

/**
 * A lexer keeps one character of look-ahead in a plain {@code char} field; two parser threads were given the same lexer
 * by mistake, one pushing a character back while the other takes the pushed-back one.
 */
// weft: expect race example.racehunt.LexerPushbackChar$Lexer.pushback threads=parse-1,parse-2
public final class LexerPushbackChar {

    static final class Lexer {
        private char pushback;

        void unread(char c) {
            pushback = c; // weft: race
        }

        char takePushback() {
            return pushback; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Lexer lexer = new Lexer();
        char[] taken = new char[1];
        Threads.runAll(new String[] {"parse-1", "parse-2"}, () -> lexer.unread('('), () -> taken[0] = lexer.takePushback());
        System.out.println("taken " + (int) taken[0]);
    }
}
