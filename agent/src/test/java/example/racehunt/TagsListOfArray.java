package example.racehunt;

import java.util.List;

/** An editor keeps the current tags in a String[] it edits in place; the autosave thread snapshots them with {@code List.of(tags)}. */
// weft: expect race java.lang.String[] threads=editor,autosave
public final class TagsListOfArray {

    static final String[] TAGS = new String[3];

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < TAGS.length; i++) {
            TAGS[i] = "untagged";
        }
        int[] saved = new int[1];
        Threads.runAll(new String[] {"editor", "autosave"}, () -> {
            for (int i = 0; i < 300; i++) {
                TAGS[i % 3] = "tag" + i; // weft: race
            }
        }, () -> {
            for (int i = 0; i < 100; i++) {
                saved[0] += List.of(TAGS).size(); // weft: race
            }
        });
        System.out.println(saved[0]);
    }
}
