package dev.weft.report;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A problem weft found. Each kind of finding is a record that implements this interface; its JSON form
 * starts with {@code "kind"}, then {@code "id"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = DeadlockFinding.class, name = DeadlockFinding.KIND),
        @JsonSubTypes.Type(value = LockOrderFinding.class, name = LockOrderFinding.KIND),
        @JsonSubTypes.Type(value = RaceFinding.class, name = RaceFinding.KIND),
        @JsonSubTypes.Type(value = StarvationFinding.class, name = StarvationFinding.KIND)})
public sealed interface Finding permits ConfirmableFinding, DeadlockFinding, StarvationFinding {

    /** The kind, as in the JSON report: {@code deadlock}, {@code lock-order}, {@code race}, {@code starvation}. */
    String kind();

    /**
     * A stable id: the same bug at the same sites has the same id in every run (see {@link FindingId}),
     * so it can be suppressed or tracked.
     */
    String id();
}
