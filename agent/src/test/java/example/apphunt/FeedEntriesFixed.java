package example.apphunt;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * A news reader parses feed entries with an iterator of its own, which makes each entry in {@code next()}, and
 * tags them in a parallel stream made by {@code Spliterators.spliterator(iterator, size, ..)}: the JDK's
 * spliterator takes batches of entries from the iterator in the thread that splits and forks each batch to a
 * worker of the common pool, which reads the entries' fields.
 */
// weft: expect none
public final class FeedEntriesFixed {

    static final class Entry {
        final int id;
        String title;
        String section;

        Entry(int id) {
            this.id = id;
        }
    }

    static final class EntryParser implements Iterator<Entry> {
        private final int count;
        private int parsed;

        EntryParser(int count) {
            this.count = count;
        }

        @Override
        public boolean hasNext() {
            return parsed < count;
        }

        @Override
        public Entry next() {
            if (parsed >= count) {
                throw new NoSuchElementException();
            }
            Entry entry = new Entry(parsed);
            entry.title = "story " + parsed;
            entry.section = parsed % 5 == 0 ? "sport" : parsed % 3 == 0 ? "science" : "world";
            parsed++;
            return entry;
        }
    }

    public static void main(String[] args) {
        int count = 6_000;
        var bySection = StreamSupport.stream(Spliterators.spliterator(new EntryParser(count), count, Spliterator.ORDERED), true)
                .filter(entry -> !entry.title.isEmpty())
                .collect(Collectors.groupingBy(entry -> entry.section, Collectors.counting()));
        var unknownSize = StreamSupport.stream(Spliterators.spliteratorUnknownSize(new EntryParser(count), 0), true)
                .mapToInt(entry -> entry.title.length()).sum();
        System.out.println(bySection + ", " + unknownSize + " characters of titles");
    }
}
