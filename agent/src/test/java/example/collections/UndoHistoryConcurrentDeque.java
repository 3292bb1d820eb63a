package example.collections;

import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedDeque;

/** Twin of {@code UndoHistoryDescendingIterator}: the undo history is a {@code ConcurrentLinkedDeque}. Correct: no finding. */
// weft: expect none
public final class UndoHistoryConcurrentDeque {

    static final ConcurrentLinkedDeque<String> HISTORY = new ConcurrentLinkedDeque<>();

    public static void main(String[] args) throws InterruptedException {
        HISTORY.push("type 'a'");
        HISTORY.push("bold");
        Threads.runAll(new String[] {"editor", "panel"},
                () -> HISTORY.push("delete line"),
                () -> {
                    StringBuilder panel = new StringBuilder();
                    for (Iterator<String> it = HISTORY.descendingIterator(); it.hasNext(); ) {
                        panel.append(it.next()).append('\n');
                    }
                    System.out.print(panel);
                });
    }
}
