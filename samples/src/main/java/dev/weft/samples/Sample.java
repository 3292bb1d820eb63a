package dev.weft.samples;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a runnable sample and says what weft must find when it runs under the agent.
 *
 * <p>{@code weft demo} and the integration tests discover samples by this annotation. The source lines
 * a finding must name are marked in the sample's source with end-of-line comments, so the tests can
 * check them without hard-coding line numbers:
 * <ul>
 *   <li>{@code // weft: waits} on each line where a thread of the deadlock blocks;</li>
 *   <li>{@code // weft: holds} on each line where a lock of the deadlock cycle was taken; for a
 *       lock-order sample, each line where a thread of the cycle took the lock it holds when it asks for
 *       the next one (the {@code fromSite} of the finding's edges);</li>
 *   <li>{@code // weft: order} on each line where a thread of a lock-order cycle asks for a lock while
 *       holding another (the {@code toSite} of the finding's edges). When the threads of the cycle run the
 *       same code, one marked line stands for all of them. The {@code holds} and {@code order} lines are
 *       exactly the lines of the edges' sites in the report;</li>
 *   <li>{@code // weft: race} on each line holding one of the two conflicting accesses of a data race.
 *       Such a line holds one access statement, so a line maps to one access site of the report; a
 *       statement that both reads and writes the field, like {@code count++}, counts as one. When both
 *       threads run the same statement, one marked line stands for both accesses. The marked lines
 *       are exactly the lines of the race's access sites in the report;</li>
 *   <li>{@code // weft: spins} on the line where the thread of a starvation spins.</li>
 * </ul>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Sample {

    /** One or two sentences: what the program is and what it demonstrates. */
    String shows();

    /**
     * The kind of finding weft must report ({@code "deadlock"}, {@code "lock-order"}, {@code "race"},
     * {@code "starvation"}), or
     * {@code "none"} for a correct program. A lock-order sample does not deadlock on any run and exits 0:
     * weft predicts the deadlock another schedule would give.
     */
    String expect();

    /**
     * The names of the threads the finding must name (the samples name their threads): for a race, the
     * two threads whose accesses conflict; for a lock-order inversion, the threads of the cycle's edges.
     */
    String[] threads() default {};

    /** The simple class name of the twin: the correct version of a buggy sample, or the reverse. */
    String twin() default "";

    /**
     * For a race: the field exactly as weft's report names it. That is the declaring class's fully
     * qualified binary name (nested classes joined with {@code $}), a dot, and the field name, e.g.
     * {@code dev.weft.samples.race.LostUpdateCounter$Counter.count}; for an element of an array, the
     * array's type, its element type followed by {@code []}, e.g. {@code long[]}. Empty for every other
     * kind of sample.
     */
    String field() default "";

    /**
     * Agent options the sample runs with, besides the report, in the agent's {@code key=value,...} form,
     * e.g. {@code "mode=control,policy=cooperative,cpus=1"} for a sample of the scheduling model. Empty
     * for a sample that runs under plain detection.
     */
    String options() default "";
}
