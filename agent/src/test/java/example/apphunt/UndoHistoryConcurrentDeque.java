package example.apphunt;

import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;

/**
 * A shared editor's undo history on a {@code ConcurrentLinkedDeque}: editors push edits (plain fields) at the head
 * with {@code offerFirst}; an undo thread takes the newest with {@code pollFirst} and marks it undone; a history view
 * walks {@code descendingIterator()} and {@code peekLast()} reading the edits' text. {@code main} reads the undone
 * edits after the joins.
 */
// weft: expect none
public final class UndoHistoryConcurrentDeque {

    static final class Edit {
        String author;
        String text;
        int offset;
        boolean undone;
    }

    public static void main(String[] args) throws Exception {
        ConcurrentLinkedDeque<Edit> history = new ConcurrentLinkedDeque<>();
        ConcurrentLinkedDeque<Edit> undone = new ConcurrentLinkedDeque<>();
        CountDownLatch edited = new CountDownLatch(2);
        Thread[] editors = new Thread[2];
        for (int e = 0; e < editors.length; e++) {
            int editor = e;
            editors[e] = new Thread(() -> {
                for (int i = 0; i < 25; i++) {
                    Edit edit = new Edit();
                    edit.author = "editor-" + editor;
                    edit.text = "change " + i;
                    edit.offset = i * 4 + editor;
                    history.offerFirst(edit);
                }
                edited.countDown();
            }, "editor-" + e);
            editors[e].start();
        }
        Thread undo = new Thread(() -> {
            for (int i = 0; i < 10; ) {
                Edit newest = history.pollFirst();
                if (newest != null) {
                    newest.undone = true;
                    undone.addLast(newest);
                    i++;
                }
            }
        }, "undo");
        undo.start();
        Thread view = new Thread(() -> {
            long chars = 0;
            for (int pass = 0; pass < 5; pass++) {
                for (Iterator<Edit> oldestFirst = history.descendingIterator(); oldestFirst.hasNext(); ) {
                    chars += oldestFirst.next().text.length();
                }
                Edit oldest = history.peekLast();
                chars += oldest == null ? 0 : oldest.offset;
            }
            System.out.println("viewed " + (chars >= 0));
        }, "history-view");
        view.start();
        edited.await();
        undo.join();
        view.join();
        for (Thread editor : editors) {
            editor.join();
        }
        int undoneOffsets = 0;
        for (Edit edit : undone) {
            undoneOffsets += edit.undone ? edit.offset : -1_000;
        }
        System.out.println(history.size() + " edits kept, undone offsets " + undoneOffsets);
    }
}
