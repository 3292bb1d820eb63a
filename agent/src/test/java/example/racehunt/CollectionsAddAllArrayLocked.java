package example.racehunt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The fixed twin of {@code CollectionsAddAllArray}: the tagger and the snapshot hold the tags' lock. */
// weft: expect none
public final class CollectionsAddAllArrayLocked {

    static final String[] TAGS = {"new", "sale", "eu", "b2b"};

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"tagger", "snapshot"}, () -> {
            for (int i = 0; i < 2000; i++) {
                synchronized (TAGS) {
                    TAGS[i % 4] = "tag-" + i;
                }
            }
        }, () -> {
            int size = 0;
            for (int i = 0; i < 300; i++) {
                List<String> copy = new ArrayList<>();
                synchronized (TAGS) {
                    Collections.addAll(copy, TAGS);
                }
                size += copy.size();
            }
            System.out.println(size);
        });
    }
}
