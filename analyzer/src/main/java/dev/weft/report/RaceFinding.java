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
 * @param collection for a race on the contents of one of the JDK's non-thread-safe collections (two calls
 *                  on one {@code ArrayList}, at least one changing it), the collection's class
 *                  ({@code java.util.ArrayList}); {@code field} is then the program's field the collection was
 *                  read from at the call, or the class's name when there is none. {@code null}, and absent
 *                  from the JSON, for a field or an array element
 */
public record RaceFinding(String id, String field, @JsonInclude(JsonInclude.Include.NON_NULL) Integer index,
                          List<Access> accesses,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String confirms,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String schedule,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Boolean confirmed,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String replay,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String collection) implements ConfirmableFinding {

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
        this(id, field, index, accesses, null, null, null, null, null);
    }

    /** A race on a field or an array element, with what steered runs made of it. */
    public RaceFinding(String id, String field, Integer index, List<Access> accesses, String confirms, String schedule,
                       Boolean confirmed, String replay) {
        this(id, field, index, accesses, confirms, schedule, confirmed, replay, null);
    }

    /** This race as a run steered toward it ({@code confirm=REPORT#ID}) produced it, with that run's schedule file. */
    public RaceFinding confirming(String findingId, String scheduleFile) {
        return new RaceFinding(id, field, index, accesses, findingId, scheduleFile, confirmed, replay, collection);
    }

    /** This race, confirmed by a controlled run whose schedule file {@code replay} makes it again. */
    @Override
    public RaceFinding confirmedBy(String replayFile) {
        return new RaceFinding(id, field, index, accesses, confirms, schedule, true, replayFile, collection);
    }

    /**
     * The race on {@code field} (element {@code index}, or {@code null} for a field) between {@code current}
     * and the earlier {@code prior}, with its id.
     */
    public static RaceFinding of(String field, Integer index, Access current, Access prior) {
        return of(field, index, null, current, prior);
    }

    /**
     * The race on {@code field} as {@link #of(String, Integer, Access, Access)} makes it, on the contents of
     * a collection of class {@code collection} when that is not {@code null}.
     */
    public static RaceFinding of(String field, Integer index, String collection, Access current, Access prior) {
        String id = FindingId.of(KIND, List.of(field, current.site().toString(), prior.site().toString()));
        return new RaceFinding(id, field, index, List.of(current, prior), null, null, null, null, collection);
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
     * @param call      for an access to a collection's contents, the method called ({@code put}); {@code null},
     *                  and absent from the JSON, otherwise
     */
    public record Access(String thread, long threadId, String op, Site site, List<Site> stack, List<String> locksHeld,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String call) {
        @JsonCreator
        public Access {
            stack = List.copyOf(stack);
            locksHeld = List.copyOf(locksHeld);
        }

        /** An access to a field or an array element. */
        public Access(String thread, long threadId, String op, Site site, List<Site> stack, List<String> locksHeld) {
            this(thread, threadId, op, site, stack, locksHeld, null);
        }
    }
}
