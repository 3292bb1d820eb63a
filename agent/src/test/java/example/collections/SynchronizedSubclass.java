package example.collections;

import java.util.ArrayList;
import java.util.List;

/** An application subclass of ArrayList whose methods are synchronized: not a JDK ArrayList, so not checked at the call. */
// weft: expect none
public final class SynchronizedSubclass {

    static final class SafeList extends ArrayList<Integer> {
        @Override
        public synchronized boolean add(Integer value) {
            return super.add(value);
        }

        @Override
        public synchronized int size() {
            return super.size();
        }
    }

    static final SafeList direct = new SafeList();
    static final List<Integer> viaInterface = new SafeList();

    public static void main(String[] args) throws InterruptedException {
        Runnable task = () -> {
            for (int i = 0; i < 100; i++) {
                direct.add(i);
                viaInterface.add(i);
            }
        };
        Threads.runAll(new String[] {"a", "b"}, task, task);
        System.out.println(direct.size() + viaInterface.size());
    }
}
