package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodReferenceInstrumentationTest {

    private final Fixtures fixtures = Fixtures.withHandOffs();

    private static final List<String> LATCH = List.of("releasing CountDownLatch", "acquired CountDownLatch",
            "releasing CountDownLatch", "acquired CountDownLatch");

    private List<String> bridges(String simpleClassName) throws ClassNotFoundException {
        return Arrays.stream(fixtures.load(simpleClassName).getDeclaredMethods())
                .filter(m -> m.getName().startsWith("weft$ref$"))
                .peek(m -> assertEquals(Modifier.PRIVATE | Modifier.STATIC, m.getModifiers() & (Modifier.PRIVATE | Modifier.STATIC)))
                .map(Method::getName).sorted().toList();
    }

    @Test
    void methodReferenceToAHandOffMethodGoesThroughABridgeThatIsRewritten() throws Throwable {
        fixtures.run("MethodReferences", "latchThroughReference");
        assertEquals(LATCH, fixtures.events());
    }

    @Test
    void methodReferenceMadeInAnInterfaceGoesThroughTheInterfacesBridge() throws Throwable {
        fixtures.run("MethodReferences", "latchThroughInterfaceReference");
        assertEquals(LATCH, fixtures.events());
        assertEquals(List.of("weft$ref$0$countDownOf"), bridges("MethodReferences$Signals"));
    }

    @Test
    void serializableMethodReferenceKeepsItsHandle() throws Throwable {
        fixtures.run("MethodReferences", "latchThroughSerializableReference");
        assertEquals(List.of("releasing CountDownLatch", "acquired CountDownLatch"), fixtures.events()); // await() alone
    }

    @Test
    void constructorAndStaticMethodReferencesGetBridgesAndKeepTheirResults() throws Throwable {
        List<?> result = (List<?>) fixtures.run("MethodReferences", "futureTaskThroughConstructorReference");
        assertEquals("done", result.get(1));
        // latch::countDown, FutureTask::new, LockSupport::unpark; none for the serializable one
        assertEquals(List.of("weft$ref$0$latchThroughReference", "weft$ref$1$futureTaskThroughConstructorReference",
                "weft$ref$2$futureTaskThroughConstructorReference"), bridges("MethodReferences"));
    }
}
