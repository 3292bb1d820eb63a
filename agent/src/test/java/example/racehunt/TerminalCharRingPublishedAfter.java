package example.racehunt;

/**
 * Twin of {@code TerminalCharRing}: the writer stores the character, then publishes the new tail through the
 * {@code volatile} field; the reader reads only the slots below the tail it saw. Correct: no finding.
 */
// weft: expect none
public final class TerminalCharRingPublishedAfter {

    static final class Ring {
        final char[] slots = new char[16];
        volatile int tail;
        int head;

        void put(char c) {
            int at = tail;
            slots[at % slots.length] = c;
            tail = at + 1;
        }

        int drain(StringBuilder out) {
            int end = tail;
            int read = 0;
            for (; head < end; head++, read++) {
                out.append(slots[head % slots.length]);
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
