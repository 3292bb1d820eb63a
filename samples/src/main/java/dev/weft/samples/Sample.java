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
 *   <li>{@code // weft: holds} on each line where a lock of the deadlock cycle was taken.</li>
 * </ul>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Sample {

    /** One or two sentences: what the program is and what it demonstrates. */
    String shows();

    /** The kind of finding weft must report ({@code "deadlock"}), or {@code "none"} for a correct program. */
    String expect();

    /** The names of the threads the finding must name (the samples name their threads). */
    String[] threads() default {};

    /** The simple class name of the twin: the correct version of a buggy sample, or the reverse. */
    String twin() default "";
}
