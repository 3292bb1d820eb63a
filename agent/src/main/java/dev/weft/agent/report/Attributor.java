package dev.weft.agent.report;

import dev.weft.report.Finding;
import dev.weft.report.TestAttribution;

/** In a test run, says which test each new finding was made in (and may remember it, to fail that test). */
public interface Attributor {

    /**
     * The test {@code finding} was made in; called once per finding the sink keeps, on the thread that
     * made it (the detector's thread for a deadlock).
     *
     * @return the attribution, or {@code null} when no test run is going on
     */
    TestAttribution attribute(Finding finding);
}
