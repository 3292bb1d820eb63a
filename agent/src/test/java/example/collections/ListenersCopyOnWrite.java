package example.collections;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The fixed twin of {@code ListenersAddedWhileNotified}: the listeners are a {@code CopyOnWriteArrayList}. */
// weft: expect none
public final class ListenersCopyOnWrite {

    static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        LISTENERS.add(() -> { });
        Threads.runAll(new String[] {"subscriber", "notifier"}, () -> {
            for (int i = 0; i < 200; i++) {
                LISTENERS.add(() -> { });
            }
        }, () -> {
            for (int i = 0; i < 200; i++) {
                for (Runnable listener : LISTENERS) {
                    listener.run();
                }
            }
        });
        System.out.println(LISTENERS.size());
    }
}
