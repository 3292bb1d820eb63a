package dev.weft.analysis.waitfor;

/** How a resource is held or requested: alone, or shared with other readers. */
public enum Mode {
    EXCLUSIVE, SHARED;

    /** True when a hold in {@code held} mode keeps a request in this mode waiting. */
    public boolean conflictsWith(Mode held) {
        return this == EXCLUSIVE || held == EXCLUSIVE;
    }
}
