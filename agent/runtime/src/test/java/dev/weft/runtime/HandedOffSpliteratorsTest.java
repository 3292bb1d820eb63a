package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A stream source wrapped by {@link HandedOffSpliterators}: its hand-offs, and the same stream as the JDK's. */
class HandedOffSpliteratorsTest {

    private final List<String> events = new ArrayList<>();
    private final List<Object> syncs = new ArrayList<>();

    @AfterEach
    void removeListener() {
        Weft.install(Listener.NOOP);
    }

    @Test
    void aSplitReleasesIntoBothPartsAndEachPartAcquiresOncePerThread() {
        Weft.install(new Listener() {
            @Override
            public void releasing(Object sync, int site) {
                events.add("release");
                syncs.add(sync);
            }

            @Override
            public void acquired(Object sync, int site) {
                events.add("acquire");
                syncs.add(sync);
            }
        });
        List<Object> parts = new ArrayList<>();
        Spliterator<Integer> source = HandedOffSpliterators.stream(List.of(1, 2, 3, 4).spliterator(), false, 3).spliterator();
        parts.add(source);
        Spliterator<Integer> prefix = source.trySplit();
        parts.add(prefix);
        prefix.tryAdvance(x -> { });
        prefix.forEachRemaining(x -> { });
        List<String> named = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            named.add(events.get(i) + " " + partNumber(parts, syncs.get(i)));
        }
        assertEquals(List.of("acquire 0", "release 0", "release 1", "acquire 1"), named);
    }

    @Test
    void aPartOfAParallelPipelineReleasesWhatItMadeIntoTheFirstPhase() {
        Weft.install(new Listener() {
            @Override
            public void releasing(Object sync, int site) {
                syncs.add(sync);
            }
        });
        Stream<Integer> parallel = HandedOffSpliterators.stream(List.of(1, 2, 3).spliterator(), true, 3);
        Object phase = SyncObjects.phaseOf(parallel);
        Spliterator<Integer> part = parallel.spliterator();
        part.tryAdvance(x -> { });
        part.forEachRemaining(x -> { });
        assertEquals(List.of(phase, phase), syncs);

        syncs.clear();
        HandedOffSpliterators.stream(List.of(1, 2, 3).spliterator(), false, 3).spliterator().forEachRemaining(x -> { });
        assertEquals(List.of(), syncs, "a sequential stream's source releases nothing");
    }

    @Test
    void theWrappedSourceKeepsTheElementsTheCharacteristicsAndTheComparator() {
        TreeSet<String> names = new TreeSet<>(Comparator.reverseOrder());
        names.addAll(List.of("b", "a", "d", "c"));
        Spliterator<String> wrapped = HandedOffSpliterators.stream(names.spliterator(), true, 1).spliterator();
        assertEquals(names.spliterator().characteristics(), wrapped.characteristics());
        assertEquals(names.comparator(), wrapped.getComparator());
        assertEquals(List.of("d", "c", "b", "a"), HandedOffSpliterators.stream(names.spliterator(), true, 1).toList());
        assertEquals(IntStream.range(0, 10_000).sum(),
                HandedOffSpliterators.intStream(IntStream.range(0, 10_000).spliterator(), true, 1).sum());
        assertEquals("0,1,2,3", HandedOffSpliterators.iterate(0, (UnaryOperator<Integer>) i -> i + 1, 1).parallel().limit(4)
                .map(String::valueOf).collect(Collectors.joining(",")));
        assertTrue(HandedOffSpliterators.generate(() -> "x", 1).parallel().limit(100).allMatch("x"::equals));
    }

    @Test
    void aStreamOfAConcurrentCollectionAcquiresItBeforeEachElementItGives() throws Throwable {
        ConcurrentHashMap<String, Integer> map = new ConcurrentHashMap<>(Map.of("a", 1, "b", 2, "c", 3));
        Weft.install(new Listener() {
            @Override
            public void acquired(Object sync, int site) {
                events.add("acquire");
                syncs.add(sync);
            }
        });
        MethodType type = MethodType.methodType(Stream.class, Collection.class);
        MethodHandle stream = HandedOffSpliterators.adapted("stream", type,
                MethodHandles.lookup().findVirtual(Collection.class, "stream", MethodType.methodType(Stream.class)), 4);
        Collection<Integer> values = map.values();
        SyncObjects.share(values, map); // as the instrumented values() call does
        ((Stream<?>) stream.invoke((Collection<?>) values)).forEach(value -> events.add("element"));
        assertEquals(List.of("acquire", "element", "acquire", "element", "acquire", "element"), events);
        assertEquals(List.of(map, map, map), syncs);

        events.clear();
        MethodHandle parallel = HandedOffSpliterators.adapted("parallelStream", type,
                MethodHandles.lookup().findVirtual(Collection.class, "parallelStream", MethodType.methodType(Stream.class)), 4);
        assertEquals(3, ((Stream<?>) parallel.invoke((Collection<?>) map.keySet())).count());
        assertEquals(3, events.size(), "a parallel stream's parts acquire too");

        events.clear();
        CopyOnWriteArrayList<String> snapshot = new CopyOnWriteArrayList<>(List.of("x", "y"));
        assertEquals(List.of("x", "y"), ((Stream<?>) stream.invoke((Collection<?>) snapshot)).toList());
        assertEquals(List.of(), events, "a snapshot's elements were all there at the call, which acquired them");
        assertEquals(List.of(1, 2), ((Stream<?>) stream.invoke((Collection<?>) new ArrayList<>(List.of(1, 2)))).toList());
        assertEquals(List.of(), events);
    }

    @Test
    void aStreamOfAViewThatPassesStreamOnOrOfASubMapOrOfAConcurrentSpliteratorAcquiresBeforeEachElement() throws Throwable {
        ConcurrentHashMap<String, Integer> map = new ConcurrentHashMap<>(Map.of("a", 1, "b", 2));
        ConcurrentSkipListMap<Integer, String> sorted = new ConcurrentSkipListMap<>(Map.of(1, "a", 2, "b", 3, "c"));
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(List.of("x", "y"));
        Weft.install(new Listener() {
            @Override
            public void acquired(Object sync, int site) {
                syncs.add(sync);
            }
        });
        MethodHandle stream = HandedOffSpliterators.adapted("stream", MethodType.methodType(Stream.class, Collection.class),
                MethodHandles.lookup().findVirtual(Collection.class, "stream", MethodType.methodType(Stream.class)), 4);
        Collection<Integer> view = Collections.unmodifiableCollection(map.values());
        SyncObjects.share(view, map); // as the instrumented unmodifiableCollection(..) and values() calls do
        assertEquals(2, ((Stream<?>) stream.invoke(view)).toList().size());
        assertEquals(List.of(map, map), syncs, "an unmodifiable view's stream is its map's");

        syncs.clear();
        Collection<String> below = sorted.headMap(3).values();
        SyncObjects.share(below, sorted);
        assertEquals(List.of("a", "b"), ((Stream<?>) stream.invoke(below)).toList());
        assertEquals(List.of(sorted, sorted), syncs, "a sub-map's spliterator traverses the live map, though not CONCURRENT");

        syncs.clear();
        Spliterator<String> elements = queue.spliterator();
        SyncObjects.share(elements, queue); // as the instrumented spliterator() call does
        assertEquals(List.of("x", "y"), HandedOffSpliterators.stream(elements, false, 4).toList());
        assertEquals(2, syncs.stream().filter(sync -> sync == queue).count(), "StreamSupport.stream(queue.spliterator(), ..): " + syncs);

        syncs.clear();
        List<Integer> locked = Collections.synchronizedList(new ArrayList<>(List.of(1, 2)));
        assertEquals(List.of(1, 2), ((Stream<?>) stream.invoke(locked)).toList());
        assertEquals(List.of(), syncs, "a synchronized wrapper's stream, which the program must make holding its lock, acquires nothing");
    }

    private static int partNumber(List<Object> parts, Object sync) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) == sync) {
                return i;
            }
        }
        return -1;
    }
}
