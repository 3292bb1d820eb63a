package example.collections;

import java.util.ArrayList;
import java.util.List;

/** One thread flushes the head of a buffer through a sub-list while another peeks at the buffer. */
// weft: expect race example.collections.SubListClearedWhileRead.buffer threads=flusher,peeker collection=java.util.ArrayList
public final class SubListClearedWhileRead {

    static final List<String> buffer = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            buffer.add("line " + i);
        }
        Runnable flusher = () -> {
            for (int i = 0; i < 10; i++) {
                buffer.subList(0, 5).clear(); // weft: race
            }
        };
        Runnable peeker = () -> {
            int empty = 0;
            for (int i = 0; i < 100; i++) {
                empty += buffer.isEmpty() ? 1 : 0; // weft: race
            }
            System.out.println("empty " + empty);
        };
        Threads.runAll(new String[] {"flusher", "peeker"}, flusher, peeker);
    }
}
