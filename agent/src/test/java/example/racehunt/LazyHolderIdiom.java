package example.racehunt;

/** The initialization-on-demand holder idiom: a static nested holder's initializer builds the table, first used by two threads. */
// weft: expect none
public final class LazyHolderIdiom {

    private static final class TableHolder {
        static final int[] SQUARES = build();

        private static int[] build() {
            int[] squares = new int[100];
            for (int i = 0; i < squares.length; i++) {
                squares[i] = i * i;
            }
            return squares;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable user = () -> System.out.println("9^2 = " + TableHolder.SQUARES[9]);
        Threads.runAll(new String[] {"user-1", "user-2"}, user, user);
    }
}
