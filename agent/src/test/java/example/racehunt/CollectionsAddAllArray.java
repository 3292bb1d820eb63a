package example.racehunt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A snapshot copies a shared tag array into a list with {@code Collections.addAll} while a tagger rewrites the tags. */
// weft: expect race java.lang.String[] threads=tagger,snapshot
public final class CollectionsAddAllArray {

    static final String[] TAGS = {"new", "sale", "eu", "b2b"};

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"tagger", "snapshot"}, () -> {
            for (int i = 0; i < 2000; i++) {
                TAGS[i % 4] = "tag-" + i; // weft: race
            }
        }, () -> {
            int size = 0;
            for (int i = 0; i < 300; i++) {
                List<String> copy = new ArrayList<>();
                Collections.addAll(copy, TAGS); // weft: race
                size += copy.size();
            }
            System.out.println(size);
        });
    }
}
