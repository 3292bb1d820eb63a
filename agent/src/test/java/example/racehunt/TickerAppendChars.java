package example.racehunt;

/**
 * A stock ticker keeps the last symbol in a shared {@code char[]} that the feed thread overwrites; the
 * display thread appends it to its line with {@code StringBuilder.append(chars, off, count)}, which copies it
 * inside the JDK, without the feed's lock.
 */
// weft: expect race char[] threads=feed,display
public final class TickerAppendChars {

    static final char[] SYMBOL = new char[4];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < SYMBOL.length; i++) {
            SYMBOL[i] = '-';
        }
        String[] symbols = {"ACME", "WEFT", "JAVA", "LOCK"};
        Runnable feed = () -> {
            for (int i = 0; i < 400; i++) {
                SYMBOL[i % 4] = symbols[i / 4 % symbols.length].charAt(i % 4); // weft: race
            }
        };
        StringBuilder line = new StringBuilder();
        Runnable display = () -> {
            for (int i = 0; i < 100; i++) {
                line.setLength(0);
                line.append("last: ").append(SYMBOL, 0, SYMBOL.length); // weft: race
            }
        };
        Threads.runAll(new String[] {"feed", "display"}, feed, display);
        System.out.println(line);
    }
}
