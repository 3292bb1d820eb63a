package dev.weft.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * {@code Gatherers.mapConcurrent(maxConcurrency, mapper)} (JDK 24 and later), made through weft: the JDK
 * runs the mapper in virtual threads it starts itself, so that no start or join weft sees orders a mapper's
 * run with the stream's. The gatherer is the JDK's, with its mapper and its stages wrapped: the stream's
 * thread releases a hand-over sync object before it passes an element on (the gatherer's integrator), each
 * run of the mapper acquires it when it begins and releases a hand-back sync object when it ends, and the
 * stream's thread acquires that before it pushes a result downstream (in the integrator and the finisher,
 * which wait for the mapper's run before they push its result). Everything else is the JDK's own behaviour.
 *
 * <p>Written against the JDK 17 API: the gatherer types are reached by reflection and implemented by
 * {@link Proxy}; the call site casts the result back to {@code Gatherer}.
 */
public final class ConcurrentGatherers {

    private static final String STREAM = "java.util.stream.";

    private ConcurrentGatherers() { }

    /**
     * {@code Gatherers.mapConcurrent(maxConcurrency, mapper)} with its hand-offs modelled.
     *
     * @return the {@code Gatherer}, as the JDK's call returns it but wrapped
     */
    public static Object mapConcurrent(int maxConcurrency, Function<?, ?> mapper, int site) throws Throwable {
        Object handOver = new SyncObjects.Token();
        Object handBack = new SyncObjects.Token();
        Object wrapped = HandedOffTask.wrap(Function.class, mapper, new Object[] {handOver}, new Object[] {handBack}, site);
        Object gatherer;
        try {
            gatherer = Class.forName(STREAM + "Gatherers").getMethod("mapConcurrent", int.class, Function.class)
                    .invoke(null, maxConcurrency, wrapped);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // the JDK's own IllegalArgumentException or NullPointerException
        }
        try {
            return new Stages(gatherer, handOver, handBack, site).proxy();
        } catch (ReflectiveOperationException | RuntimeException notAsExpected) {
            System.err.println("weft: internal error, a Gatherers.mapConcurrent runs unmodelled: " + notAsExpected);
            return gatherer;
        }
    }

    /** The gatherer's proxy: its integrator and finisher wrapped, everything else the JDK's gatherer's. */
    private static final class Stages implements InvocationHandler {
        private final Object gatherer;
        private final Object handOver;
        private final Object handBack;
        private final int site;
        private final Class<?> gathererType;
        private final Class<?> integratorType;
        private final Class<?> greedyType;
        private final Class<?> downstreamType;
        private final Object defaultFinisher;

        Stages(Object gatherer, Object handOver, Object handBack, int site) throws ReflectiveOperationException {
            this.gatherer = gatherer;
            this.handOver = handOver;
            this.handBack = handBack;
            this.site = site;
            this.gathererType = Class.forName(STREAM + "Gatherer");
            this.integratorType = Class.forName(STREAM + "Gatherer$Integrator");
            this.greedyType = Class.forName(STREAM + "Gatherer$Integrator$Greedy");
            this.downstreamType = Class.forName(STREAM + "Gatherer$Downstream");
            this.defaultFinisher = gathererType.getMethod("defaultFinisher").invoke(null);
        }

        Object proxy() {
            return Proxy.newProxyInstance(null, new Class<?>[] {gathererType}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            switch (method.getName()) {
                case "integrator":
                    if (method.getParameterCount() == 0) {
                        return integrator(call(gatherer, method, arguments));
                    }
                    break;
                case "finisher":
                    if (method.getParameterCount() == 0) {
                        return finisher(call(gatherer, method, arguments));
                    }
                    break;
                case "andThen": // composes this proxy, not the JDK's gatherer, with the next stage
                    return InvocationHandler.invokeDefault(proxy, method, arguments);
                default:
                    break;
            }
            return call(gatherer, method, arguments);
        }

        /** The integrator, run by the stream's thread for each element: hand the element over, push results back. */
        private Object integrator(Object integrator) {
            Class<?> type = greedyType.isInstance(integrator) ? greedyType : integratorType; // the JDK checks greediness
            return Proxy.newProxyInstance(null, new Class<?>[] {type}, (proxy, method, arguments) -> {
                if (method.getName().equals("integrate") && arguments != null && arguments.length == 3) {
                    Weft.releasing(handOver, site);
                    arguments[2] = downstream(arguments[2]);
                }
                return call(integrator, method, arguments);
            });
        }

        @SuppressWarnings("unchecked")
        private Object finisher(Object finisher) {
            if (finisher == defaultFinisher) {
                return finisher; // the JDK compares it with the default
            }
            BiConsumer<Object, Object> jdkFinisher = (BiConsumer<Object, Object>) finisher;
            return (BiConsumer<Object, Object>) (state, downstream) -> jdkFinisher.accept(state, downstream(downstream));
        }

        /** The stream's downstream: a result is pushed after the mapper's run that made it. */
        private Object downstream(Object downstream) {
            if (downstream == null) {
                return null;
            }
            return Proxy.newProxyInstance(null, new Class<?>[] {downstreamType}, (proxy, method, arguments) -> {
                if (method.getName().equals("push")) {
                    SyncObjects.acquire(handBack, site);
                }
                return call(downstream, method, arguments);
            });
        }

        private static Object call(Object target, Method method, Object[] arguments) throws Throwable {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
