package dev.weft.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How a controlled run ({@code mode=control}) was scheduled: the report's top-level {@code "control"}.
 *
 * @param cpus       simulated CPUs
 * @param policy     {@code preemptive} or {@code cooperative}
 * @param quantum    scheduling points per time slice
 * @param strategy   {@code round-robin}, {@code random} or {@code pct}
 * @param seed       the strategy's seed
 * @param depth      PCT's bug depth
 * @param schedule   the schedule file of the run (a path), or {@code null} when none was written
 * @param steps      how many scheduling steps the run took
 * @param replayable false when something outside the model decided part of the interleaving (a thread
 *                   off its CPU too long: sleep, I/O, a blocking call weft does not model), so that a replay
 *                   may not reproduce it
 * @param diverged   true when a replay found that the program no longer matches its schedule
 * @param replay     the schedule file this run replayed, or {@code null}
 * @param confirms   the {@code REPORT#ID} this run steered toward, or {@code null}
 */
@JsonPropertyOrder({"cpus", "policy", "quantum", "strategy", "seed", "depth", "schedule", "steps", "replayable", "diverged"})
public record ControlRun(int cpus, String policy, int quantum, String strategy, long seed, int depth,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String schedule, long steps, boolean replayable,
                         boolean diverged, @JsonInclude(JsonInclude.Include.NON_NULL) String replay,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String confirms) { }
