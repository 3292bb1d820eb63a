package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A read-only view handed to a reader does not make the list behind it safe: its owner keeps adding. */
// weft: expect race example.collections.UnmodifiableViewReadWhileWritten.names threads=owner,reader collection=java.util.ArrayList
public final class UnmodifiableViewReadWhileWritten {

    static final List<String> names = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        List<String> readOnly = Collections.unmodifiableList(names);
        Runnable owner = () -> {
            for (int i = 0; i < 100; i++) {
                names.add("name " + i); // weft: race
            }
        };
        Runnable reader = () -> {
            int found = 0;
            for (int i = 0; i < 100; i++) {
                found += readOnly.contains("name " + i) ? 1 : 0; // weft: race
            }
            System.out.println("found " + found);
        };
        Threads.runAll(new String[] {"owner", "reader"}, owner, reader);
    }
}
