package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.weft.agent.site.SiteRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With race detection, calls on the JDK's non-thread-safe collections report reads and writes of their contents. */
class CollectionCallInstrumentationTest {

    private final Fixtures fixtures = Fixtures.withMemoryAccesses();

    private List<String> contentsEvents() {
        return fixtures.events().stream().filter(e -> e.startsWith("contents")).toList();
    }

    private SiteRegistry.ContentsCall call(int index) {
        int site = fixtures.listener.events().stream().filter(e -> e.kind().startsWith("contents")).toList().get(index).site();
        return fixtures.sites.contentsCall(site);
    }

    @Test
    void aCallThroughAnInterfaceNamesTheFieldTheCollectionWasReadFromThroughALocal() throws Throwable {
        assertEquals(1, fixtures.run("CollectionCalls", "throughALocal"));
        assertEquals(List.of("contentsWritten ArrayList", "contentsRead ArrayList"), contentsEvents());
        assertEquals(new SiteRegistry.ContentsCall("add", "com.example.locks.CollectionCalls.items"), call(0));
        assertEquals(new SiteRegistry.ContentsCall("size", "com.example.locks.CollectionCalls.items"), call(1));
    }

    @Test
    void aCallThroughTheClassItselfIsCheckedButNotOneOnACopyTheMethodKeepsToItself() throws Throwable {
        assertEquals(1, fixtures.run("CollectionCalls", "throughTheClassAndAStaticField"));
        assertEquals(List.of("contentsWritten HashMap"), contentsEvents());
        assertEquals("com.example.locks.CollectionCalls.COUNTS", call(0).heldIn());
    }

    @Test
    void aNewObjectNoOtherThreadCanSeeIsNotChecked() throws Throwable {
        assertEquals("a1", fixtures.run("CollectionCalls", "freshBuilderChain"));
        assertEquals(1, fixtures.run("CollectionCalls", "builderInALocal"));
        assertEquals(List.of(), contentsEvents());
    }

    @Test
    void aNewObjectInALocalIsCheckedOnceItIsCapturedOrReturned() throws Throwable {
        assertEquals(2, fixtures.run("CollectionCalls", "listHandedOn"));
        assertEquals(List.of("contentsWritten ArrayList", "contentsWritten ArrayList", "contentsRead ArrayList"), contentsEvents());
    }

    @Test
    void aNewObjectReturnedIsCheckedAndNamedByItsClass() throws Throwable {
        fixtures.run("CollectionCalls", "listReturned");
        assertEquals(List.of("contentsWritten ArrayList"), contentsEvents());
        assertNull(call(0).heldIn());
    }

    @Test
    void subclassesAndThreadSafeCollectionsAreNotChecked() throws Throwable {
        assertEquals(2, fixtures.run("CollectionCalls", "notTheJdkClassesThemselves"));
        assertEquals(List.of(), contentsEvents());
    }
}
