package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.locks.SerializableAccounts;
import java.io.ObjectStreamClass;
import java.lang.reflect.Modifier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Weft changes the shape of classes (a cleared {@code synchronized} modifier, an added field and
 * interface); a serializable class without a declared version must keep the version Java serialization
 * gives it without weft, or data written without weft would not read back with it.
 */
class SerialVersionUidTest {

    static Stream<Supplier<Fixtures>> installations() {
        return Stream.of(Fixtures::new, Fixtures::withMemoryAccesses);
    }

    @ParameterizedTest
    @MethodSource("installations")
    void serializableClassesKeepTheVersionTheyHaveWithoutWeft(Supplier<Fixtures> installation) throws Exception {
        Fixtures fixtures = installation.get();
        for (String name : new String[] {"SerializableAccounts$Account", "SerializableAccounts$SavingsAccount",
                "SerializableAccounts$Versioned"}) {
            Class<?> instrumented = fixtures.load(name);
            Class<?> original = Class.forName(instrumented.getName());
            assertNotSame(original, instrumented);
            assertEquals(ObjectStreamClass.lookup(original).getSerialVersionUID(),
                    ObjectStreamClass.lookup(instrumented).getSerialVersionUID(), name);
        }
        assertTrue(fixtures.warnings.isEmpty(), fixtures.warnings.toString());
    }

    @ParameterizedTest
    @MethodSource("installations")
    void theShapeDidChangeSoTheTestMeansSomething(Supplier<Fixtures> installation) throws Exception {
        Class<?> instrumented = installation.get().load("SerializableAccounts$Account");
        assertFalse(Modifier.isSynchronized(instrumented.getDeclaredMethod("deposit", long.class).getModifiers()));
        assertTrue(Modifier.isSynchronized(SerializableAccounts.Account.class.getDeclaredMethod("deposit", long.class).getModifiers()));
    }
}
