package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.weft.agent.site.SiteRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

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
        assertEquals(List.of("contentsWritten HashMap", "contentsRead HashMap"), contentsEvents()); // put, the copy's read
        assertEquals("com.example.locks.CollectionCalls.COUNTS", call(0).heldIn());
        assertEquals(new SiteRegistry.ContentsCall("new HashMap", null), call(1));
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

    @Test
    void callsOnViewsIteratorsAndEntriesAccessTheCollectionBehindThem() throws Throwable {
        assertEquals(1, fixtures.run("CollectionCalls", "throughViewsAndIterators"));
        assertEquals(List.of(
                "contentsWritten HashMap", // put
                "contentsRead HashMap", "contentsRead HashMap", // keySet(), and its remove of a key not there
                "contentsRead HashMap", "contentsRead HashMap", // entrySet, iterator (hasNext and next read nothing)
                "contentsWritten HashMap", // setValue
                "contentsWritten ArrayList", // add
                "contentsRead ArrayList", "contentsWritten ArrayList", // iterator, remove
                "contentsRead ArrayList", "contentsWritten ArrayList", // subList, clear
                "contentsRead HashMap"), // the unmodifiable view's size
                contentsEvents());
        assertEquals(new SiteRegistry.ContentsCall("remove", null), call(2));
        assertEquals(new SiteRegistry.ContentsCall("setValue", null), call(5));
    }

    @Test
    void aCollectionReadInsideAJdkCallIsCheckedAndNamedByItsField() throws Throwable {
        assertEquals(3, fixtures.run("CollectionCalls", "readInsideJdkCalls"));
        assertEquals(List.of(
                "contentsWritten ArrayList", // add
                "contentsRead ArrayList", // addAll's argument (the list it fills is the method's own)
                "contentsWritten ArrayList", // Collections.sort
                "contentsRead ArrayList", "contentsRead ArrayList"), // List.copyOf, the copy constructor
                contentsEvents());
        assertEquals(new SiteRegistry.ContentsCall("addAll", "com.example.locks.CollectionCalls.items"), call(1));
        assertEquals(new SiteRegistry.ContentsCall("sort", "com.example.locks.CollectionCalls.items"), call(2));
    }

    @Test
    void aCollectionGivenToAJdkCallThatReadsItIsARead() throws Throwable {
        assertEquals(16, fixtures.run("CollectionCalls", "givenToJdkCalls"));
        assertEquals(List.of(
                "contentsWritten ArrayList", // add
                "contentsRead ArrayList", // append(Object) (the builder is the method's own)
                "contentsRead ArrayList", // String.valueOf (String.join's list is immutable)
                "contentsRead ArrayList", // the string concatenation (its String.valueOf; older javacs: the concatenation itself)
                "contentsRead ArrayList", // Objects.toString
                "contentsRead ArrayList", // Objects.equals's second argument (its first, List.of's, is not checked)
                "contentsRead HashMap", "contentsRead ArrayList"), // Map.equals: the map, and the list it is given
                contentsEvents());
        assertEquals(new SiteRegistry.ContentsCall("append", "com.example.locks.CollectionCalls.items"), call(1));
        assertEquals(new SiteRegistry.ContentsCall("valueOf", "com.example.locks.CollectionCalls.items"), call(3)); // recent javacs call valueOf before the concatenation
    }

    @Test
    void aSetAndItsIteratorsAndViewsAccessTheMapInsideIt() throws Throwable {
        assertEquals(0, fixtures.run("CollectionCalls", "throughSets"));
        assertEquals(List.of(
                "contentsWritten HashMap", "contentsRead HashMap", "contentsWritten HashMap", // add, iterator, its remove
                "contentsWritten TreeMap", "contentsRead TreeMap", "contentsRead TreeMap", // add, descendingSet, headSet
                "contentsWritten TreeMap", // the view's clear
                "contentsRead HashMap", "contentsRead TreeMap"), // the sizes
                contentsEvents());
    }

    @Test
    void aSynchronizedWrapperIsCheckedAsTheCollectionBehindIt() throws Throwable {
        assertEquals(2, fixtures.run("CollectionCalls", "throughASynchronizedWrapper"));
        assertEquals(List.of("contentsWritten ArrayList", "contentsRead ArrayList", "contentsRead ArrayList"), contentsEvents());
    }

    @Test
    void aStringConcatenationGivenTheCollectionItselfReadsIt() throws Throwable {
        fixtures.loader.defineInstrumented(Fixtures.PACKAGE + "OldConcat", concatenationAsOlderJavacsCompileIt());
        assertEquals("items [] n=3", fixtures.run("OldConcat", "describe"));
        assertEquals(List.of("contentsRead ArrayList"), contentsEvents());
        assertEquals(new SiteRegistry.ContentsCall("toString", null), call(0));
    }

    /**
     * {@code static String describe() { List<Integer> items = new ArrayList<>(); return "items " + items + " n=" + 3; }}
     * as the {@code javac}s before {@code String.valueOf} was called first (JDK 9 to 18) compile it: the list
     * is an argument of the concatenation's {@code invokedynamic}.
     */
    private static byte[] concatenationAsOlderJavacsCompileIt() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, (Fixtures.PACKAGE + "OldConcat").replace('.', '/'), null, "java/lang/Object", null);
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_STATIC, "describe", "()Ljava/lang/String;", null, null);
        method.visitCode();
        method.visitTypeInsn(Opcodes.NEW, "java/util/ArrayList");
        method.visitInsn(Opcodes.DUP);
        method.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/util/ArrayList", "<init>", "()V", false);
        method.visitInsn(Opcodes.ICONST_3);
        Handle bootstrap = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory", "makeConcatWithConstants",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/String;"
                        + "[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false);
        method.visitInvokeDynamicInsn("makeConcatWithConstants", "(Ljava/lang/Object;I)Ljava/lang/String;", bootstrap, "items \u0001 n=\u0001");
        method.visitInsn(Opcodes.ARETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    @Test
    void anIteratorHandedOnFromALocalIsCheckedThereAndWhereItIsAParameter() throws Throwable {
        assertEquals(11, fixtures.run("CollectionCalls", "iteratorHandedOn"));
        assertEquals(List.of("contentsRead Itr", "contentsWritten Itr", "contentsWritten Itr"), contentsEvents()); // hasNext, next, next
        assertNull(call(2).heldIn());
    }

    @Test
    void anIteratorCastFromAnotherTypeOrTakenFromAnArrayIsChecked() throws Throwable {
        assertEquals(8, fixtures.run("CollectionCalls", "iteratorsCastAndFromAnArray"));
        assertEquals(List.of("contentsWritten Itr", "contentsWritten Itr"), contentsEvents()); // cast.next(), cursors[0].next()
    }

    @Test
    void forEachRemainingIsAWriteOfTheIteratorWhateverItsSource() throws Throwable {
        assertEquals(5, fixtures.run("CollectionCalls", "iteratorDrained"));
        assertEquals(List.of("contentsWritten Itr"), contentsEvents());
    }

    @Test
    void anIteratorReadFromAVolatileFieldIsCheckedAndNamedByTheField() throws Throwable {
        assertEquals(7, fixtures.run("CollectionCalls", "iteratorInAVolatileField"));
        assertEquals(List.of("contentsWritten Itr"), contentsEvents());
        assertEquals("com.example.locks.CollectionCalls.cursor", call(0).heldIn());
    }
}
