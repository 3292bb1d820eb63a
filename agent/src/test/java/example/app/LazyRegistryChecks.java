package example.app;

import org.junit.jupiter.api.Test;

/**
 * {@link LazyRegistry} as a JUnit test, explored with {@code weft explore --test} (not named {@code *Test}: the agent's
 * own build must not run it).
 */
class LazyRegistryChecks {

    @Test
    void registersFromTwoThreads() throws Exception {
        LazyRegistry.main(new String[0]);
    }
}
