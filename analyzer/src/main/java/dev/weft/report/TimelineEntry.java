package dev.weft.report;

/**
 * One step of a controlled run, in the report's {@code "timeline"}.
 *
 * @param step     the step's number, from 0
 * @param thread   the name of the thread that ran
 * @param threadId its id
 * @param cpu      the simulated CPU it ran on
 * @param slice    the number of its time slice (a new one each time a CPU takes a thread)
 * @param event    what it did: {@code monitor-enter}, {@code lock}, {@code wait}, {@code join}, {@code start},
 *                 {@code read}, {@code write}, {@code yield}
 * @param site     where, as a stack trace line
 */
public record TimelineEntry(long step, String thread, long threadId, int cpu, long slice, String event, String site) { }
