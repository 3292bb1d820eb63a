package example.apphunt;

/**
 * A spell checker's dictionary is built once, in its class's static initializer, by two loader threads that each
 * fill half of a table of word hashes; the initializer joins them and publishes the table in a {@code static final}
 * field. Request threads, started before the class is first used, look words up through its static method. The
 * JVM orders the end of the initialization before every other thread's use of the class, and the join orders the
 * loaders before that end: correct, whichever request thread runs the initializer.
 */
// weft: expect none
public final class SpellCheckParallelInit {

    static final class Dictionary {
        static final int[] HASHES = load();

        static int[] load() {
            int[] table = new int[64];
            Thread first = new Thread(new Loader(table, 0, 32), "loader-1");
            Thread second = new Thread(new Loader(table, 32, 64), "loader-2");
            first.start();
            second.start();
            try {
                first.join();
                second.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return table;
        }

        static boolean knows(String word) {
            int h = word.hashCode();
            for (int known : HASHES) {
                if (known == h) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Fills part of the table (a class of its own, so that it does not wait for the dictionary's initialization). */
    static final class Loader implements Runnable {
        private final int[] table;
        private final int from;
        private final int to;

        Loader(int[] table, int from, int to) {
            this.table = table;
            this.from = from;
            this.to = to;
        }

        @Override
        public void run() {
            for (int i = from; i < to; i++) {
                table[i] = ("word" + i).hashCode();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread[] requests = new Thread[2];
        int[] found = new int[2];
        for (int r = 0; r < requests.length; r++) {
            int me = r;
            requests[r] = new Thread(() -> {
                for (int i = 0; i < 64; i++) {
                    if (Dictionary.knows("word" + i)) {
                        found[me]++;
                    }
                }
            }, "request-" + (r + 1));
            requests[r].start();
        }
        for (Thread request : requests) {
            request.join();
        }
        System.out.println("known: " + found[0] + ", " + found[1]);
    }
}
