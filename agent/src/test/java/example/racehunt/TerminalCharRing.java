package example.racehunt;

/**
 * A hand-written terminal ring buffer of {@code char}s: the writer publishes the new tail through a {@code volatile}
 * field before it stores the character, so the reader, which sees the tail, may read the slot before it is written.
 */
// weft: expect race char[] threads=reader,writer
public final class TerminalCharRing {

    static final class Ring {
        final char[] slots = new char[16];
        volatile int tail;
        int head;

        void put(char c) {
            int at = tail;
            tail = at + 1; // published too early
            slots[at % slots.length] = c; // weft: race
        }

        int drain(StringBuilder out) {
            int end = tail;
            int read = 0;
            for (; head < end; head++, read++) {
                out.append(slots[head % slots.length]); // weft: race
            }
            return read;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Ring ring = new Ring();
        for (int i = 0; i < ring.slots.length; i++) {
            ring.slots[i] = ' ';
        }
        StringBuilder screen = new StringBuilder();
        Threads.runAll(new String[] {"writer", "reader"},
                () -> {
                    for (char c : "ls -l".toCharArray()) {
                        ring.put(c);
                    }
                },
                () -> {
                    int shown = 0;
                    for (int spins = 0; shown < 5 && spins < 1_000_000; spins++) {
                        shown += ring.drain(screen);
                    }
                });
        System.out.println("screen '" + screen + "'");
    }
}
