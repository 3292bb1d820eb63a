package example.apphunt;

import java.util.concurrent.LinkedBlockingDeque;

/**
 * An editor's undo service: the editing thread pushes mutable edit commands with {@code putLast}; the undo worker
 * takes the newest with {@code takeLast}, reverts it on its own copy of the document and marks the command undone;
 * an end marker stops it. Commands are filled before they are put and touched by the worker only after its take.
 */
// weft: expect none
public final class UndoStackTakeLast {

    static final class Edit {
        final int position;
        final String text;
        boolean undone;
        long undoneAt;

        Edit(int position, String text) {
            this.position = position;
            this.text = text;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LinkedBlockingDeque<Edit> undo = new LinkedBlockingDeque<>();
        Edit end = new Edit(-1, "");
        StringBuilder copy = new StringBuilder("x".repeat(500));
        int[] reverted = new int[1];
        Thread worker = new Thread(() -> {
            try {
                for (Edit edit = undo.takeLast(); edit != end; edit = undo.takeLast()) {
                    copy.setCharAt(edit.position % copy.length(), '-');
                    edit.undone = true;
                    edit.undoneAt = System.nanoTime();
                    reverted[0]++;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "undo-worker");
        worker.start();
        Edit[] history = new Edit[300];
        for (int i = 0; i < history.length; i++) {
            history[i] = new Edit(i * 3, "word" + i);
            undo.putLast(history[i]);
        }
        undo.putFirst(end);
        worker.join();
        int undone = 0;
        for (Edit edit : history) {
            undone += edit.undone ? 1 : 0;
        }
        System.out.println(undone + " undone, " + reverted[0] + " reverted, " + copy.chars().filter(ch -> ch == '-').count());
    }
}
