package dev.weft.agent.deadlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which lines and stacks of the tariff programs ({@code example.app}) make the JVM initialize a tariff class. */
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

    private static final String SUBCLASSED = "example.app.TariffTableSubclassInit";
    private static final StackTraceElement FOR_NAME0 = new StackTraceElement("java.lang.Class", "forName0", null, -2);
    private static final StackTraceElement FOR_NAME = new StackTraceElement("java.lang.Class", "forName", "Class.java", 375);

    private static StackTraceElement regionalRate(int line) {
        return new StackTraceElement(SUBCLASSED + "$Billing", "regionalRate", "TariffTableSubclassInit.java", line);
    }

    @Test
    void newOfASubclassInitializesTheSuperclassAndAStaticFieldThroughASubclassItsDeclaringClassOnly() {
        ClassLoader loader = getClass().getClassLoader();
        assertTrue(triggers.lineUses(regionalRate(41), SUBCLASSED + "$Tariffs", loader), "new RegionalTariffs()");
        assertTrue(triggers.lineUses(regionalRate(41), SUBCLASSED + "$RegionalTariffs", loader), "new RegionalTariffs()");
        assertTrue(triggers.lineUses(regionalRate(43), SUBCLASSED + "$Tariffs", loader), "RegionalTariffs.TABLE");
        assertFalse(triggers.lineUses(regionalRate(43), SUBCLASSED + "$RegionalTariffs", loader), "TABLE is Tariffs'");
        assertFalse(triggers.lineUses(regionalRate(41), SUBCLASSED + "$Billing", loader), "not a supertype");
    }

    @Test
    void newOfAClassImplementingAnInterfaceWithADefaultMethodInitializesTheInterface() {
        StackTraceElement bill = new StackTraceElement("example.app.TariffPlanInterfaceInit", "bill", "TariffPlanInterfaceInit.java", 42);
        assertTrue(triggers.lineUses(bill, "example.app.TariffPlanInterfaceInit$TariffPlan", getClass().getClassLoader()));
    }

    @Test
    void aClassForNameCalledAtTheApplicationsLineInitializesAClassItDoesNotName() {
        ClassLoader loader = getClass().getClassLoader();
        StackTraceElement[] stack = {FOR_NAME0, FOR_NAME, regionalRate(45)};
        assertEquals(new InitializationTriggers.Trigger(regionalRate(45), false), triggers.triggerOf(stack, SUBCLASSED + "$Tariffs", loader));
        assertEquals(new InitializationTriggers.Trigger(regionalRate(41), true),
                triggers.triggerOf(new StackTraceElement[] {regionalRate(41)}, SUBCLASSED + "$Tariffs", loader));
        assertNull(triggers.triggerOf(new StackTraceElement[] {FOR_NAME0, FOR_NAME, regionalRate(41)}, SUBCLASSED + "$Tariffs", loader),
                "the line below does not call Class.forName");
        StackTraceElement read = new StackTraceElement("java.io.FileInputStream", "readBytes", null, -2);
        assertNull(triggers.triggerOf(new StackTraceElement[] {read, regionalRate(45)}, SUBCLASSED + "$Tariffs", loader), "I/O");
    }

    private static StackTraceElement regionalTariffs(int line) {
        return new StackTraceElement("example.app.TariffTableProviderInit$Billing", "regionalTariffs", "TariffTableProviderInit.java", line);
    }

    private static final StackTraceElement NEW_INSTANCE0 = new StackTraceElement("jdk.internal.reflect.NativeConstructorAccessorImpl",
            "newInstance0", null, -2);
    private static final StackTraceElement NEW_INSTANCE = new StackTraceElement("java.lang.reflect.Constructor", "newInstance",
            "Constructor.java", 481);

    @Test
    void reflectionsNewInstanceCalledAtTheApplicationsLineOrThroughAJdkSupertypeInitializesAClassItDoesNotName() {
        ClassLoader loader = getClass().getClassLoader();
        String tariffs = "example.app.TariffTableProviderInit$Tariffs";
        assertEquals(new InitializationTriggers.Trigger(regionalTariffs(44), false),
                triggers.triggerOf(new StackTraceElement[] {NEW_INSTANCE0, NEW_INSTANCE, regionalTariffs(44)}, tariffs, loader));
        StackTraceElement classNewInstance = new StackTraceElement("java.lang.Class", "newInstance", "Class.java", 645);
        assertEquals(new InitializationTriggers.Trigger(regionalTariffs(46), false),
                triggers.triggerOf(new StackTraceElement[] {NEW_INSTANCE0, NEW_INSTANCE, classNewInstance, regionalTariffs(46)}, tariffs, loader));
        StackTraceElement iteratorNext = new StackTraceElement("java.util.ServiceLoader$3", "next", "ServiceLoader.java", 1403);
        assertEquals(new InitializationTriggers.Trigger(regionalTariffs(53), false),
                triggers.triggerOf(new StackTraceElement[] {NEW_INSTANCE0, NEW_INSTANCE, iteratorNext, regionalTariffs(53)}, tariffs, loader),
                "Iterator.next, which the service loader's iterator implements");
        StackTraceElement mapGet = new StackTraceElement("java.util.HashMap", "get", "HashMap.java", 556);
        assertNull(triggers.triggerOf(new StackTraceElement[] {NEW_INSTANCE0, NEW_INSTANCE, mapGet, regionalTariffs(53)}, tariffs, loader),
                "the line calls no get");
        assertNull(triggers.triggerOf(new StackTraceElement[] {NEW_INSTANCE0, NEW_INSTANCE, regionalTariffs(36)}, tariffs, loader),
                "a line with no reflective call");
    }

    // order22: Method.invoke of a static method (Java 17's reflection), and a method reference's proxy.

    @Test
    void reflectionsInvokeAndAMethodReferencesProxyCalledAtTheApplicationsLineInitializeAClassTheyDoNotName() {
        ClassLoader loader = getClass().getClassLoader();
        String tariffs = "example.app.TariffTableProviderInit$Tariffs";
        StackTraceElement invoke0 = new StackTraceElement("jdk.internal.reflect.NativeMethodAccessorImpl", "invoke0", null, -2);
        StackTraceElement invoke = new StackTraceElement("java.lang.reflect.Method", "invoke", "Method.java", 569);
        assertEquals(new InitializationTriggers.Trigger(regionalTariffs(48), false),
                triggers.triggerOf(new StackTraceElement[] {invoke0, invoke, regionalTariffs(48)}, tariffs, loader));
        StackTraceElement proxy = new StackTraceElement("example.app.TariffTableProviderInit$Billing$$Lambda$14/0x0000000800c0b000", "get",
                null, -1);
        assertEquals(new InitializationTriggers.Trigger(regionalTariffs(51), false),
                triggers.triggerOf(new StackTraceElement[] {proxy, regionalTariffs(51)}, tariffs, loader), "Supplier.get");
        assertNull(triggers.triggerOf(new StackTraceElement[] {proxy, regionalTariffs(50)}, tariffs, loader), "the line makes the proxy");
        assertNull(triggers.triggerOf(new StackTraceElement[] {invoke0, invoke, regionalTariffs(51)}, tariffs, loader), "no Method.invoke");
        StackTraceElement named = new StackTraceElement("example.app.TariffTableProviderInit$Billing$$Lambda$14", "get", null, -1);
        assertNull(triggers.triggerOf(new StackTraceElement[] {named, regionalTariffs(51)}, tariffs, loader), "a class of that name, not hidden");
    }
}
