package dev.weft.schedule;

import java.util.Locale;

/** When a thread leaves its CPU. */
public enum Policy {
    /** Round-robin time slices: a thread is preempted after {@code quantum} scheduling points when others are ready. */
    PREEMPTIVE,
    /** Non-preemptive: a thread keeps its CPU until it blocks, yields or ends. */
    COOPERATIVE;

    /** The name in options and files: {@code preemptive}, {@code cooperative}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The policy named {@code label}.
     *
     * @throws IllegalArgumentException naming the valid values
     */
    public static Policy of(String label) {
        for (Policy policy : values()) {
            if (policy.label().equals(label)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("bad value for policy: '" + label + "' (valid: preemptive, cooperative)");
    }
}
