package dev.weft.agent.deadlock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which lines of {@code example.app.TariffTableInitMet} make the JVM initialize its tariff table. */
class InitializationTriggersTest {

    private static final String BILLING = "example.app.TariffTableInitMet$Billing";
    private static final String TARIFFS = "example.app.TariffTableInitMet$Tariffs";
    private final InitializationTriggers triggers = new InitializationTriggers();

    private boolean uses(String className, String method, int line, String initialized) {
        return triggers.lineUses(new StackTraceElement(className, method, "TariffTableInitMet.java", line), initialized,
                getClass().getClassLoader());
    }

    @Test
    void theLineThatCallsAStaticMethodOfTheClassInitializesIt() {
        assertTrue(uses(BILLING, "bill", 32, TARIFFS));
    }

    @Test
    void otherLinesOfTheMethodOtherClassesAndUnknownLinesDoNot() {
        assertFalse(uses(BILLING, "bill", 28, TARIFFS), "the monitor's line");
        assertFalse(uses(BILLING, "bill", 32, BILLING), "a class the line does not use statically");
        assertFalse(uses(BILLING, "standardRate", 32, TARIFFS), "another method");
        assertFalse(uses(BILLING, "bill", -1, TARIFFS), "no line known");
        assertFalse(uses("example.app.NoSuchClass", "bill", 32, TARIFFS), "no class file");
    }
}
