package dev.weft.agent.instrument;

import dev.weft.agent.site.FieldRegistry;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.runtime.Weft;
import dev.weft.trace.Site;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The fixture programs of {@code com.example.locks}, loaded through the transformer that
 * {@link Instrumenter#install} puts on an {@link Instrumentation}, and run with a recording listener.
 */
final class Fixtures {

    static final String PACKAGE = "com.example.locks.";

    final SiteRegistry sites = new SiteRegistry();
    final FieldRegistry fields = new FieldRegistry();
    final List<String> warnings = new CopyOnWriteArrayList<>();
    final RecordingListener listener = new RecordingListener(id -> fields.name(id).substring(PACKAGE.length()));
    final InstrumentingClassLoader loader;

    /** How an agent installs the instrumentation: {@link Instrumenter#install}, {@code installOnRunning}... */
    interface Installation {
        ClassFileTransformer install(Instrumentation inst, ClassFilter filter, SiteRegistry sites, FieldRegistry fields,
                                     Consumer<String> warn);
    }

    /** Fixtures instrumented as under {@code premain} for deadlock detection only. */
    Fixtures() {
        this((inst, filter, sites, fields, warn) -> Instrumenter.install(inst, filter, sites, warn));
    }

    Fixtures(Installation installation) {
        ClassFileTransformer transformer = installation.install(agentInstrumentation(),
                ClassFilter.of(List.of(PACKAGE), List.of()), sites, fields, warnings::add);
        loader = new InstrumentingClassLoader(Fixtures.class.getClassLoader(), PACKAGE, transformer);
    }

    /** Fixtures instrumented with the hand-offs of thread-safe objects, but not memory accesses. */
    static Fixtures withHandOffs() {
        return new Fixtures((inst, filter, sites, fields, warn) -> Instrumenter.installWithHandOffs(inst, filter, sites, warn));
    }

    /** Fixtures instrumented as under {@code premain} with race detection: memory accesses too. */
    static Fixtures withMemoryAccesses() {
        return new Fixtures(Instrumenter::installWithMemoryAccesses);
    }

    /** The instrumented fixture class with this simple (binary) name. */
    Class<?> load(String simpleClassName) throws ClassNotFoundException {
        return loader.loadClass(PACKAGE + simpleClassName);
    }

    /** Runs the static method of an instrumented fixture class, recording the events it makes. */
    Object run(String simpleClassName, String method) throws Throwable {
        Method target = Arrays.stream(loader.loadClass(PACKAGE + simpleClassName).getDeclaredMethods())
                .filter(m -> m.getName().equals(method))
                .findFirst().orElseThrow();
        target.setAccessible(true);
        Weft.install(listener);
        try {
            return target.invoke(null);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            Weft.install(null);
        }
    }

    /** The events of the calling thread, as {@code "kind Target"}. */
    List<String> events() {
        return listener.of(Thread.currentThread().getName());
    }

    /** The site of the first recorded event of this kind. */
    Site siteOf(String kind) {
        return listener.events().stream().filter(e -> e.kind().equals(kind)).findFirst()
                .map(e -> sites.site(e.site())).orElseThrow();
    }

    /**
     * An instrumentation that accepts transformers, supports retransformation and has no classes loaded:
     * the tests run the transformers on class files themselves.
     */
    private static Instrumentation agentInstrumentation() {
        return (Instrumentation) Proxy.newProxyInstance(Instrumentation.class.getClassLoader(),
                new Class<?>[] {Instrumentation.class},
                (proxy, method, args) -> {
                    Class<?> type = method.getReturnType();
                    return type == boolean.class ? method.getName().endsWith("Supported")
                            : type.isArray() ? Array.newInstance(type.getComponentType(), 0)
                            : null;
                });
    }
}
