package dev.weft.agent.instrument;

import dev.weft.agent.site.FieldRegistry;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.runtime.HiddenClasses;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Installs weft's instrumentation of lock operations (and, for race detection, of memory accesses) on
 * the JVM's {@link Instrumentation}: a {@link LockTransformer} that rewrites each application class as it
 * loads.
 *
 * <p>A class that cannot be instrumented loads unchanged, after one line through {@code warn} that names
 * it and the reason. The runtime hooks ({@code dev.weft.runtime.Weft}) must already be visible from the
 * bootstrap class loader when this is called.
 */
public final class Instrumenter {

    /** How many loaded classes are retransformed in one call (a failing batch is retried class by class). */
    private static final int BATCH = 64;

    private Instrumenter() { }

    /**
     * Instruments the classes loaded from now on (for {@code premain}): {@code synchronized} methods become
     * explicit monitor code, so their {@code synchronized} modifier is cleared. The transforming code is kept from C2
     * ({@link TransformerCompilation}): in this mode it runs only while classes load, where C2's compiling of it costs
     * more than its code saves.
     *
     * @param inst   the agent's instrumentation
     * @param filter the classes to instrument
     * @param sites  where to register the site of each rewritten instruction
     * @param warn   receives one line per class left uninstrumented
     * @return the installed transformer (remove it from {@code inst} to stop instrumenting)
     */
    public static ClassFileTransformer install(Instrumentation inst, ClassFilter filter, SiteRegistry sites,
                                               Consumer<String> warn) {
        TransformerCompilation.keepFromC2(inst);
        return install(inst, new LockTransformer(filter, sites, warn, Rewrites.forDeadlocks()));
    }

    /**
     * Instruments the classes loaded from now on (for {@code premain}) as {@link #install} does, and also
     * their field and array accesses, for race detection; so are the hidden classes that instrumented code defines
     * ({@link HiddenClasses}). The transforming code is kept from C2 ({@link TransformerCompilation}).
     *
     * @param inst   the agent's instrumentation
     * @param filter the classes to instrument
     * @param sites  where to register the site of each rewritten instruction
     * @param fields where to register the fields whose accesses are instrumented
     * @param warn   receives one line per class left uninstrumented
     * @return the installed transformer (remove it from {@code inst} to stop instrumenting)
     */
    public static ClassFileTransformer installWithMemoryAccesses(Instrumentation inst, ClassFilter filter,
                                                                 SiteRegistry sites, FieldRegistry fields,
                                                                 Consumer<String> warn) {
        LockTransformer transformer = new LockTransformer(filter, sites, warn, Rewrites.forRaces(fields));
        HiddenClasses.install(transformer::transformHidden);
        TransformerCompilation.keepFromC2(inst); // race mode rewrites every class: its transformer is hot all run long
        return install(inst, transformer);
    }

    /** As {@link #install}, with the hand-offs of thread-safe objects too: for tests that look at those alone. */
    static ClassFileTransformer installWithHandOffs(Instrumentation inst, ClassFilter filter, SiteRegistry sites,
                                                    Consumer<String> warn) {
        return install(inst, new LockTransformer(filter, sites, warn, Rewrites.handOffsOnly()));
    }

    private static ClassFileTransformer install(Instrumentation inst, LockTransformer transformer) {
        inst.addTransformer(transformer, false);
        return transformer;
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
        LockTransformer transformer = new LockTransformer(filter, sites, warn, Rewrites.onRunning());
        inst.addTransformer(transformer, true);
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> type : inst.getAllLoadedClasses()) {
            if (inst.isModifiableClass(type) && filter.accepts(type.getName(), type.getClassLoader())) {
                loaded.add(type);
            }
        }
        for (int from = 0; from < loaded.size(); from += BATCH) {
            retransform(inst, loaded.subList(from, Math.min(loaded.size(), from + BATCH)), warn);
        }
        return transformer;
    }

    private static void retransform(Instrumentation inst, List<Class<?>> batch, Consumer<String> warn) {
        try {
            inst.retransformClasses(batch.toArray(new Class<?>[0]));
        } catch (Throwable batchFailure) {
            for (Class<?> type : batch) {
                try {
                    inst.retransformClasses(type);
                } catch (Throwable failure) {
                    warn.accept("weft: left " + type.getName() + " uninstrumented: " + LockTransformer.oneLine(failure));
                }
            }
        }
    }
}
