package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.function.Consumer;
import java.util.stream.BaseStream;

/**
 * {@code forEach} of a parallel stream in a controlled run. The JDK splits the stream's source and forks its
 * parts in its own code, into the real common pool (or the pool of the worker that calls it), out of the
 * model's sight. Here the same work is done by tasks of the model ({@link ForkJoinCalls}): the calling thread
 * splits the stream's spliterator as the JDK's {@code ForEachTask} does (until a part is no larger than the
 * stream's size divided by four times the common pool's parallelism), forks the parts into the model of the
 * pool the JDK would use, runs the last part itself, and joins the others. So the parts run in the common
 * pool's workers of the model and the calling thread, concurrently as in the JDK, and the run stays
 * replayable: their races are still seen.
 *
 * <p>Only pipelines the JDK evaluates lazily part by part are taken: a parallel stream of the JDK's own classes
 * with no stateful operation ({@code sorted}, {@code distinct}, {@code limit}, {@code skip}), which the JDK
 * would evaluate in its pool before the terminal operation. This needs {@code java.util.stream} open to weft's
 * runtime; where it is not, and for other terminal operations, the stream runs in the real common pool.
 */
final class ParallelStreams {

    private static final MethodHandle FOR_EACH;
    private static final MethodHandle IS_MODELLED;
    /** {@code AbstractPipeline.previousStage} and {@code opIsStateful()}, or {@code null} when not open to weft. */
    private static final Field PREVIOUS_STAGE;
    private static final Method IS_STATEFUL;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            FOR_EACH = lookup.findStatic(ParallelStreams.class, "forEach",
                    MethodType.methodType(void.class, BaseStream.class, Object.class, int.class));
            IS_MODELLED = lookup.findStatic(ParallelStreams.class, "isModelled",
                    MethodType.methodType(boolean.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        Field previous = null;
        Method stateful = null;
        try {
            Class<?> pipeline = Class.forName("java.util.stream.AbstractPipeline");
            previous = pipeline.getDeclaredField("previousStage");
            previous.setAccessible(true);
            stateful = pipeline.getDeclaredMethod("opIsStateful");
            stateful.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            previous = null; // not open to weft: parallel streams keep the JDK's pool
            stateful = null;
        }
        PREVIOUS_STAGE = previous;
        IS_STATEFUL = stateful;
    }

    private ParallelStreams() { }

    /**
     * The call that stands in for {@code call}, a call on a stream of type {@code type} (the stream first), in a
     * controlled run: for {@code forEach} of a parallel stream the model can run, {@link #forEach}; otherwise
     * {@code call}.
     */
    static MethodHandle inModel(String name, MethodType type, MethodHandle call, int site) {
        if (!name.equals("forEach") || type.parameterCount() != 2 || type.returnType() != void.class
                || !BaseStream.class.isAssignableFrom(type.parameterType(0)) || IS_STATEFUL == null) {
            return call;
        }
        MethodHandle inModel = MethodHandles.insertArguments(FOR_EACH, 2, site).asType(type);
        MethodHandle test = MethodHandles.dropArguments(
                IS_MODELLED.asType(MethodType.methodType(boolean.class, type.parameterType(0))), 1, type.parameterType(1));
        return MethodHandles.guardWithTest(test, inModel, call);
    }

    /** Whether {@code stream} is parallel, of the JDK's classes, and has no stateful operation. */
    static boolean isModelled(Object stream) {
        if (!(stream instanceof BaseStream<?, ?> base) || !base.isParallel()
                || !stream.getClass().getName().startsWith("java.util.stream.")) {
            return false;
        }
        try {
            for (Object stage = stream, previous; (previous = PREVIOUS_STAGE.get(stage)) != null; stage = previous) {
                if ((Boolean) IS_STATEFUL.invoke(stage)) { // an operation's stage (the source's has no previous)
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** {@code stream.forEach(action)}: the parts of the stream's spliterator run as tasks of the model. */
    private static void forEach(BaseStream<?, ?> stream, Object action, int site) {
        if (action == null) {
            throw new NullPointerException();
        }
        Spliterator<?> source = stream.spliterator();
        long target = source.estimateSize() / ((long) ForkJoinPool.getCommonPoolParallelism() << 2);
        ForkJoinCalls.invoke(new Part(source, Math.max(1, target), action, site), false, site);
    }

    /** A part of a stream: split while it is larger than the threshold, its left halves forked, the rest run here. */
    private static final class Part extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient Spliterator<?> spliterator;
        private final long threshold;
        private final transient Object action;
        private final int site;

        Part(Spliterator<?> spliterator, long threshold, Object action, int site) {
            this.spliterator = spliterator;
            this.threshold = threshold;
            this.action = action;
            this.site = site;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected void compute() {
            List<Part> forked = new ArrayList<>();
            Spliterator<?> rest = spliterator;
            for (Spliterator<?> left; rest.estimateSize() > threshold && (left = rest.trySplit()) != null; ) {
                Part part = new Part(left, threshold, action, site);
                ForkJoinCalls.fork(part, site);
                forked.add(part);
            }
            if (rest instanceof Spliterator.OfPrimitive primitive) {
                primitive.forEachRemaining(action); // an IntConsumer, a LongConsumer, a DoubleConsumer
            } else {
                rest.forEachRemaining((Consumer) action);
            }
            for (int i = forked.size() - 1; i >= 0; i--) {
                ForkJoinCalls.helpOrWait(forked.get(i), false, site);
                forked.get(i).join();
            }
        }
    }
}
