package dev.weft.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.weft.trace.Site;
import java.util.List;

/**
 * A starvation in a controlled run under the cooperative policy: a thread kept its CPU, spinning (only
 * reading memory and taking locks), while other threads were ready and got no CPU.
 *
 * @param id       stable id, from the spinning site
 * @param thread   the spinning thread's name
 * @param starved  the names of the threads that got no CPU
 * @param site     where it spins
 * @param steps    how many steps it spun before weft reported it
 * @param schedule the run's schedule file, or {@code null}
 */
public record StarvationFinding(String id, String thread, List<String> starved, Site site, int steps,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String schedule) implements Finding {

    /** The {@link #kind()} of every starvation finding. */
    public static final String KIND = "starvation";

    public StarvationFinding {
        starved = List.copyOf(starved);
    }

    /** The starvation of {@code starved} by {@code thread} spinning at {@code site}, with its id. */
    public static StarvationFinding of(String thread, List<String> starved, Site site, int steps, String schedule) {
        return new StarvationFinding(FindingId.of(KIND, List.of(site.toString())), thread, starved, site, steps, schedule);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
