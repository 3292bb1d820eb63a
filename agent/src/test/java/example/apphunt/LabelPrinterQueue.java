package example.apphunt;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A warehouse's label printer takes jobs from a plain {@code ArrayDeque} guarded by a {@code ReentrantLock}; it
 * waits with {@code Condition.await()} in a loop while the queue is empty, and packers {@code signal()} after adding.
 * The label's fields are written by the packer before the add and by the printer after the take.
 *
 * <p>Racy: a packer corrects the last parcel's weight after it queued the label and closed the queue.
 */
// weft: expect race example.apphunt.LabelPrinterQueue$Label.weightGrams threads=main,printer
public final class LabelPrinterQueue {

    static final class Label {
        String parcel;
        int weightGrams;
        String printed;
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition nonEmpty = lock.newCondition();
    private final ArrayDeque<Label> queue = new ArrayDeque<>();
    private boolean closed;

    void add(Label label) {
        lock.lock();
        try {
            queue.add(label);
            nonEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            closed = true;
            nonEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    Label take() throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty() && !closed) {
                nonEmpty.await();
            }
            return queue.poll();
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws Exception {
        LabelPrinterQueue printerQueue = new LabelPrinterQueue();
        Label[] labels = new Label[10];
        Thread printer = new Thread(() -> {
            try {
                Label label;
                while ((label = printerQueue.take()) != null) {
                    label.printed = label.parcel + " " + label.weightGrams + "g"; // weft: race
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "printer");
        printer.start();
        for (int i = 0; i < labels.length; i++) {
            Label label = new Label();
            label.parcel = "P" + i;
            label.weightGrams = 100 * i;
            labels[i] = label;
            printerQueue.add(label);
        }
        printerQueue.close();
        labels[labels.length - 1].weightGrams += 50; // weft: race
        printer.join();
        int printed = 0;
        for (Label label : labels) {
            printed += label.printed != null ? 1 : 0;
        }
        System.out.println(printed + " labels printed");
    }
}
