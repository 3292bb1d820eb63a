package dev.weft.report;

import com.fasterxml.jackson.annotation.JsonInclude;

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
 * @param timedOut when the step was a timed wait that timed out: {@code early} (the schedule ended it while
 *                 another thread could still go on) or {@code clock} (no other thread could); else {@code null},
 *                 and left out of the JSON
 */
public record TimelineEntry(long step, String thread, long threadId, int cpu, long slice, String event, String site,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String timedOut) { }
