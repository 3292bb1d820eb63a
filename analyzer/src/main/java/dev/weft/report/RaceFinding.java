package dev.weft.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.weft.trace.Site;
import java.util.List;

/**
 * A data race: two accesses to the same variable, at least one a write, by threads that no
 * happens-before edge (lock, volatile, start, join, hand-off) orders. Reported once per variable and pair
 * of sites, however often it happened.
 *
 * @param id       stable id, from the variable and the two sites
 * @param field    the declaring class's fully qualified name, a dot and the field's name
 *                 ({@code com.example.Account.balance}); for an array element the array's type
 *                 ({@code long[]})
 * @param index    for an array element, its index (of the first race seen at these sites); {@code null},
 *                 and absent from the JSON, for a field
 * @param accesses the two accesses: the current one first, then the earlier one it conflicts with
 * @param confirms in a run steered by {@code confirm=REPORT#ID} toward this race, {@code ID} once the two
 *                 accesses stood at the race together; {@code null}, and absent from the JSON, otherwise
 * @param schedule with {@code confirms}, the schedule file of that run; {@code null}, and absent, otherwise
 * @param confirmed true once a run steered toward it confirmed it ({@code weft confirm}); {@code null}, and
 *                  absent, until then
 * @param replay    the schedule file of that run, which makes the race again on {@code replay=}; {@code null}
 *                  until then
 */
public record RaceFinding(String id, String field, @JsonInclude(JsonInclude.Include.NON_NULL) Integer index,
                          List<Access> accesses,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String confirms,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String schedule,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Boolean confirmed,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String replay) implements ConfirmableFinding {

    /** The {@link #kind()} of every race finding. */
    public static final String KIND = "race";

    @JsonCreator
    public RaceFinding {
        accesses = List.copyOf(accesses);
        if (accesses.size() != 2) {
            throw new IllegalArgumentException("a race has 2 accesses, not " + accesses.size() + ": " + accesses);
        }
    }

    /** A race as detected, neither steered toward nor confirmed. */
    public RaceFinding(String id, String field, Integer index, List<Access> accesses) {
        this(id, field, index, accesses, null, null, null, null);
    }

    /** This race as a run steered toward it ({@code confirm=REPORT#ID}) produced it, with that run's schedule file. */
    public RaceFinding confirming(String findingId, String scheduleFile) {
        return new RaceFinding(id, field, index, accesses, findingId, scheduleFile, confirmed, replay);
    }

    /** This race, confirmed by a controlled run whose schedule file {@code replay} makes it again. */
    @Override
    public RaceFinding confirmedBy(String replayFile) {
        return new RaceFinding(id, field, index, accesses, confirms, schedule, true, replayFile);
    }

    /**
     * The race on {@code field} (element {@code index}, or {@code null} for a field) between {@code current}
     * and the earlier {@code prior}, with its id.
     */
    public static RaceFinding of(String field, Integer index, Access current, Access prior) {
        String id = FindingId.of(KIND, List.of(field, current.site().toString(), prior.site().toString()));
        return new RaceFinding(id, field, index, List.of(current, prior));
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * One of the two accesses.
     *
     * @param thread    the thread's name
     * @param threadId  the thread's id
     * @param op        {@code read} or {@code write}
     * @param site      where it accessed the variable
     * @param stack     its stack, innermost frame first, as far as known (for an earlier access, often
     *                  only its site)
     * @param locksHeld the locks the thread held then, in the order it took them; a read lock is followed
     *                  by {@code " (read lock)"}
     */
    public record Access(String thread, long threadId, String op, Site site, List<Site> stack, List<String> locksHeld) {
        public Access {
            stack = List.copyOf(stack);
            locksHeld = List.copyOf(locksHeld);
        }
    }
}
