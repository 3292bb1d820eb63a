package example.racehunt;

/** The fixed twin of {@code TickerAppendChars}: the feed and the display hold the symbol's lock. */
// weft: expect none
public final class TickerAppendCharsLocked {

    static final char[] SYMBOL = new char[4];

    public static void main(String[] args) throws InterruptedException {
        String[] symbols = {"ACME", "WEFT", "JAVA", "LOCK"};
        Runnable feed = () -> {
            for (int i = 0; i < 400; i++) {
                synchronized (SYMBOL) {
                    SYMBOL[i % 4] = symbols[i / 4 % symbols.length].charAt(i % 4);
                }
            }
        };
        StringBuilder line = new StringBuilder();
        Runnable display = () -> {
            for (int i = 0; i < 100; i++) {
                line.setLength(0);
                synchronized (SYMBOL) {
                    line.append("last: ").append(SYMBOL, 0, SYMBOL.length).append(' ').append(SYMBOL);
                }
            }
        };
        Threads.runAll(new String[] {"feed", "display"}, feed, display);
        System.out.println(line);
    }
}
