package example.racehunt;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The fixed twin of {@code TagsListOfArray}: the editor and the autosave thread hold the tags' lock. */
// weft: expect none
public final class TagsListOfArrayLocked {

    static final String[] TAGS = {"draft", "blog", "java"};

    public static void main(String[] args) throws InterruptedException {
        int[] saved = new int[1];
        Threads.runAll(new String[] {"editor", "autosave"}, () -> {
            for (int i = 0; i < 300; i++) {
                synchronized (TAGS) {
                    TAGS[i % 3] = "tag" + i;
                }
            }
        }, () -> {
            for (int i = 0; i < 100; i++) {
                synchronized (TAGS) {
                    saved[0] += List.of(TAGS).size() + Set.of(TAGS).size() + (int) Stream.of(TAGS).count();
                }
            }
        });
        System.out.println(saved[0]);
    }
}
