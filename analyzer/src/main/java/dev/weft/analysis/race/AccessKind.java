package dev.weft.analysis.race;

/** Whether an access to a variable read it or wrote it. */
public enum AccessKind {
    READ("read"),
    WRITE("write");

    private final String label;

    AccessKind(String label) {
        this.label = label;
    }

    /** {@code read} or {@code write}, as in the report. */
    public String label() {
        return label;
    }
}
