package example.explorehunt;

/**
 * An editor's undo log is a {@code StringBuffer}, every call of which is synchronized; two undo handlers each drop
 * the last entry when the log is not empty. The check and the drop are two calls: when both see one entry, the
 * second drops from an empty log ({@code setLength(-1)}: {@code StringIndexOutOfBoundsException}).
 */
// weft: expect failure
public final class UndoLogTrim {

    static final StringBuffer LOG = new StringBuffer("a");

    static void undo() {
        if (LOG.length() > 0) { // the bug: another undo may empty the log between the check and the drop
            LOG.setLength(LOG.length() - 1);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread keyboard = new Thread(UndoLogTrim::undo, "keyboard");
        Thread menu = new Thread(UndoLogTrim::undo, "menu");
        keyboard.start();
        menu.start();
        keyboard.join();
        menu.join();
        System.out.println("log: '" + LOG + "'");
    }
}
