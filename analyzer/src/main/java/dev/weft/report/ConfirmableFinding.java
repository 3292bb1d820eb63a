package dev.weft.report;

/**
 * A finding a controlled run can confirm by making it really happen ({@code weft confirm}): a
 * {@code lock-order} prediction (the deadlock happens) or a {@code race} (both accesses stand at the
 * race together). Once confirmed it carries {@code "confirmed": true} and the schedule file that does it
 * again on {@code replay=}.
 */
public sealed interface ConfirmableFinding extends Finding permits LockOrderFinding, RaceFinding {

    /** True once confirmed; {@code null}, and absent from the JSON, until then. */
    Boolean confirmed();

    /** The schedule file of the run that confirmed it; {@code null} until then. */
    String replay();

    /** This finding, confirmed by a controlled run whose schedule file is {@code replay}. */
    ConfirmableFinding confirmedBy(String replay);
}
