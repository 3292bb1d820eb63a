package example.racehunt;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A one-slot mailbox with a ReentrantLock and two Conditions; the letters are mutable objects. */
// weft: expect none
public final class ConditionSignalQueue {

    static final class Letter {
        String text;
        boolean read;
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition full = lock.newCondition();
    private final Condition empty = lock.newCondition();
    private Letter slot;

    void post(Letter letter) throws InterruptedException {
        lock.lock();
        try {
            while (slot != null) {
                empty.await();
            }
            slot = letter;
            full.signal();
        } finally {
            lock.unlock();
        }
    }

    Letter collect() throws InterruptedException {
        lock.lock();
        try {
            while (slot == null) {
                full.await();
            }
            Letter letter = slot;
            slot = null;
            empty.signal();
            return letter;
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ConditionSignalQueue box = new ConditionSignalQueue();
        Runnable postman = () -> {
            try {
                for (int i = 0; i < 30; i++) {
                    Letter letter = new Letter();
                    letter.text = "letter " + i;
                    box.post(letter);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Runnable reader = () -> {
            int chars = 0;
            try {
                for (int i = 0; i < 30; i++) {
                    Letter letter = box.collect();
                    letter.read = true;
                    chars += letter.text.length();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println("chars " + chars);
        };
        Threads.runAll(new String[] {"postman", "reader"}, postman, reader);
    }
}
