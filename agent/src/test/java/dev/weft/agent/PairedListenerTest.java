package dev.weft.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.Listener;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedListenerTest {

    @Test
    void everyListenerEventIsForwardedToBothListeners() throws Exception {
        for (Method event : Listener.class.getMethods()) {
            if (Modifier.isStatic(event.getModifiers())) {
                continue;
            }
            Method forwarding = PairedListener.class.getDeclaredMethod(event.getName(), event.getParameterTypes());
            assertTrue(forwarding != null, event.getName());
            List<String> calls = new ArrayList<>();
            Listener first = recording("first", calls);
            Listener second = recording("second", calls);
            forwarding.invoke(new PairedListener(first, second), arguments(event));
            assertEquals(List.of("first " + event.getName(), "second " + event.getName()), calls);
        }
    }

    @Test
    void theMemoryHooksCallOnlyTheListenersThatWatchMemoryAccesses() {
        Listener races = new Listener() { };
        Listener trace = new Listener() { };
        Listener locks = new Listener() {
            @Override
            public Listener memoryListener() {
                return NOOP;
            }
        };
        assertSame(races, new PairedListener(locks, races).memoryListener());
        assertSame(races, new PairedListener(new PairedListener(locks, locks), races).memoryListener());
        assertSame(Listener.NOOP, new PairedListener(locks, locks).memoryListener());
        PairedListener both = new PairedListener(races, trace);
        assertSame(both, both.memoryListener());
        assertEquals(both, new PairedListener(new PairedListener(locks, races), trace).memoryListener());
    }

    @Test
    void aListenerTakenOutLeavesTheOthersAsTheyWerePaired() {
        Listener locks = new Listener() { };
        Listener races = new Listener() { };
        Listener control = new Listener() { };
        PairedListener detectors = new PairedListener(locks, races);

        assertSame(locks, PairedListener.without(detectors, races));
        assertEquals(new PairedListener(control, locks), PairedListener.without(new PairedListener(control, detectors), races));
        assertSame(detectors, PairedListener.without(detectors, control));
        assertSame(Listener.NOOP, PairedListener.without(races, races));
    }

    private static Listener recording(String name, List<String> calls) {
        return (Listener) java.lang.reflect.Proxy.newProxyInstance(Listener.class.getClassLoader(), new Class<?>[] {Listener.class},
                (proxy, method, args) -> {
                    calls.add(name + " " + method.getName());
                    return method.getReturnType() == boolean.class ? Boolean.FALSE : null;
                });
    }

    private static Object[] arguments(Method event) {
        Object[] args = new Object[event.getParameterCount()];
        Class<?>[] types = event.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = types[i] == int.class ? 0 : types[i] == long.class ? 0L : types[i] == boolean.class ? false : types[i] == Thread.class ? Thread.currentThread()
                    : types[i] == java.util.function.BooleanSupplier.class ? (java.util.function.BooleanSupplier) () -> true
                    : types[i] == java.util.function.IntBinaryOperator.class ? (java.util.function.IntBinaryOperator) (a, b) -> 0
                    : types[i] == Class.class ? Object.class
                    : types[i] == String.class ? "why"
                    : new Object();
        }
        return args;
    }
}
