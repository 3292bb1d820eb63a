package example.collections;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Twin of {@code TagsReplaceAllWhileSearched}: the tags are a {@code CopyOnWriteArrayList}, also sorted by a second normalizer. Correct: no finding. */
// weft: expect none
public final class TagsReplaceAllCopyOnWrite {

    static final List<String> TAGS = new CopyOnWriteArrayList<>(List.of("Java", "JVM", "Threads"));

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"normalizer", "search", "sorter"},
                () -> TAGS.replaceAll(String::toLowerCase),
                () -> System.out.println("tagged jvm " + TAGS.contains("jvm")),
                () -> TAGS.sort(null));
    }
}
