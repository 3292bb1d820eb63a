package example.collections;

import java.util.ArrayList;
import java.util.List;

/** A normalizer lower-cases a post's tag list with {@code List.replaceAll} while a search asks {@code contains}, with no lock. */
// weft: expect race example.collections.TagsReplaceAllWhileSearched.TAGS threads=normalizer,search collection=java.util.ArrayList
public final class TagsReplaceAllWhileSearched {

    static final List<String> TAGS = new ArrayList<>(List.of("Java", "JVM", "Threads"));

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"normalizer", "search"},
                () -> TAGS.replaceAll(String::toLowerCase), // weft: race
                () -> System.out.println("tagged jvm " + TAGS.contains("jvm"))); // weft: race
    }
}
