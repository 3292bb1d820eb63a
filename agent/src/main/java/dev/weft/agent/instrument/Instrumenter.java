package dev.weft.agent.instrument;

import dev.weft.agent.site.SiteRegistry;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.util.List;
import java.util.function.Consumer;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.AgentBuilder.RedefinitionStrategy;
import net.bytebuddy.matcher.ElementMatchers;
import net.bytebuddy.utility.JavaModule;

/**
 * Installs weft's lock instrumentation on an {@link Instrumentation}: monitors, {@code synchronized}
 * methods, {@link java.util.concurrent.locks.Lock} calls, {@code Object.wait}, {@code Thread.start} and
 * {@code join} in the classes a {@link ClassFilter} accepts.
 *
 * <p>A class that cannot be instrumented loads unchanged, after one line through {@code warn} that names
 * it and says why.
 */
public final class Instrumenter {

    private Instrumenter() { }

    /**
     * Instruments the classes loaded from now on (for {@code premain}): {@code synchronized} methods become
     * explicit monitor code, so their {@code synchronized} modifier is cleared.
     *
     * @param inst   the agent's instrumentation
     * @param filter the classes to instrument
     * @param sites  where to register the site of each rewritten instruction
     * @param warn   receives one line per class left uninstrumented
     * @return the installed transformer (remove it from {@code inst} to stop instrumenting)
     */
    public static ClassFileTransformer install(Instrumentation inst, ClassFilter filter, SiteRegistry sites,
                                               Consumer<String> warn) {
        return instrument(agentBuilder(), new LockInstrumentation(sites, true), filter, warn)
                .installOn(inst);
    }

    /**
     * Instruments the classes loaded from now on and retransforms those already loaded (for
     * {@code agentmain}). Only instructions are rewritten, since retransformation may not change
     * modifiers: {@code synchronized} methods are not seen.
     *
     * @param inst   the agent's instrumentation; it must support retransformation
     * @param filter the classes to instrument
     * @param sites  where to register the site of each rewritten instruction
     * @param warn   receives one line per class left uninstrumented
     * @return the installed transformer (remove it from {@code inst} to stop instrumenting)
     */
    public static ClassFileTransformer installOnRunning(Instrumentation inst, ClassFilter filter, SiteRegistry sites,
                                                        Consumer<String> warn) {
        AgentBuilder retransforming = agentBuilder()
                .disableClassFormatChanges()
                .with(RedefinitionStrategy.RETRANSFORMATION)
                .with(RedefinitionStrategy.Listener.BatchReallocator.splitting())
                .with(new RetransformationWarning(warn));
        return instrument(retransforming, new LockInstrumentation(sites, false), filter, warn)
                .installOn(inst);
    }

    /**
     * A fresh agent builder. Weft never asks Byte Buddy to initialise classes it instruments, so Byte
     * Buddy's "nexus" for that is switched off first: setting it up touches {@code sun.misc.Unsafe}, for
     * which JDK 24 and later print a warning into the application's output. (In the agent jar the
     * property's name is relocated with Byte Buddy, so it cannot affect an application's own Byte Buddy.)
     */
    private static AgentBuilder.Default agentBuilder() {
        if (System.getProperty(NEXUS_SWITCH) == null) {
            System.setProperty(NEXUS_SWITCH, "true");
        }
        return new AgentBuilder.Default();
    }

    private static final String NEXUS_SWITCH = "net.bytebuddy.nexus.disabled";

    private static AgentBuilder instrument(AgentBuilder builder, LockInstrumentation instrumentation,
                                           ClassFilter filter, Consumer<String> warn) {
        return builder
                .with(AgentBuilder.TypeStrategy.Default.DECORATE)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(new FailureWarning(warn))
                .ignore((type, loader, module, classBeingRedefined, protectionDomain) ->
                        type.isSynthetic() || !filter.accepts(type.getName(), loader))
                .type(ElementMatchers.any())
                .transform((typeBuilder, type, loader, module, protectionDomain) -> typeBuilder.visit(instrumentation));
    }

    private static String oneLine(Throwable failure) {
        String reason = failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
        return reason.replaceAll("\\s*\\R\\s*", " ");
    }

    /** Reports each class that failed to transform; the class loads unchanged. */
    private static final class FailureWarning extends AgentBuilder.Listener.Adapter {

        private final Consumer<String> warn;

        FailureWarning(Consumer<String> warn) {
            this.warn = warn;
        }

        @Override
        public void onError(String typeName, ClassLoader classLoader, JavaModule module, boolean loaded,
                            Throwable throwable) {
            warn.accept("weft: left " + typeName + " uninstrumented: " + oneLine(throwable));
        }
    }

    /**
     * Reports each loaded class the JVM refused to retransform. Failed batches are split until the
     * failing class is alone, and only then reported.
     */
    private static final class RetransformationWarning extends RedefinitionStrategy.Listener.Adapter {

        private final Consumer<String> warn;

        RetransformationWarning(Consumer<String> warn) {
            this.warn = warn;
        }

        @Override
        public Iterable<? extends List<Class<?>>> onError(int index, List<Class<?>> batch,
                                                                    Throwable throwable,
                                                                    List<Class<?>> types) {
            if (batch.size() == 1) {
                warn.accept("weft: left " + batch.get(0).getName() + " uninstrumented: " + oneLine(throwable));
            }
            return List.of();
        }
    }
}
