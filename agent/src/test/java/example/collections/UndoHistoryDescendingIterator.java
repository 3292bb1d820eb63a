package example.collections;

import java.util.ArrayDeque;
import java.util.Iterator;

/** An editor pushes an edit onto its {@code ArrayDeque} undo history while a history panel lists it with {@code descendingIterator()}, with no lock. */
// weft: expect race example.collections.UndoHistoryDescendingIterator.HISTORY threads=editor,panel collection=java.util.ArrayDeque
public final class UndoHistoryDescendingIterator {

    static final ArrayDeque<String> HISTORY = new ArrayDeque<>();

    public static void main(String[] args) throws InterruptedException {
        HISTORY.push("type 'a'");
        HISTORY.push("bold");
        Threads.runAll(new String[] {"editor", "panel"},
                () -> HISTORY.push("delete line"), // weft: race
                () -> {
                    StringBuilder panel = new StringBuilder();
                    for (Iterator<String> it = HISTORY.descendingIterator(); it.hasNext(); ) { // weft: race
                        panel.append(it.next()).append('\n');
                    }
                    System.out.print(panel);
                });
    }
}
