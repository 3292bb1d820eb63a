package example.explorehunt;

/**
 * The twin of {@link UndoLogTrim}: each undo holds the buffer's own monitor (the lock its calls take) across the check
 * and the drop, so no other undo comes between them.
 */
// weft: expect none
public final class UndoLogTrimLocked {

    static final StringBuffer LOG = new StringBuffer("a");

    static void undo() {
        synchronized (LOG) {
            if (LOG.length() > 0) {
                LOG.setLength(LOG.length() - 1);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread keyboard = new Thread(UndoLogTrimLocked::undo, "keyboard");
        Thread menu = new Thread(UndoLogTrimLocked::undo, "menu");
        keyboard.start();
        menu.start();
        keyboard.join();
        menu.join();
        System.out.println("log: '" + LOG + "'");
    }
}
