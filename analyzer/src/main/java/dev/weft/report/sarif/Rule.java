package dev.weft.report.sarif;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The SARIF rules: one per kind of finding, in the order of the log's {@code rules} array. */
enum Rule {
    DEADLOCK("deadlock", "Deadlock", "error", "Deadlock",
            "Threads deadlocked: each waits forever for a lock the next one holds.",
            "Take the locks in one global order in every thread, or take them together (tryLock with back-off)."),
    LOCK_ORDER("lock-order", "LockOrderInversion", "warning", "Potential deadlock (lock-order inversion)",
            "Potential deadlock: threads take the same locks in opposite orders, so another schedule deadlocks.",
            "Take the locks of the cycle in one global order, or guard the whole sequence with one lock."),
    RACE("race", "DataRace", "error", "Data race",
            "Data race: two threads access a variable, at least one writes, and no happens-before edge orders them.",
            "Guard every access with the same lock, make the variable volatile or atomic, or hand it off safely."),
    STARVATION("starvation", "Starvation", "warning", "Starvation",
            "Starvation: a thread spins (busy-waits) and keeps the threads it waits for from running.",
            "Wait with a blocking primitive (a lock's condition, a latch, a queue) instead of spinning."),
    OTHER("other", "OtherFinding", "warning", "Other finding",
            "A finding of a kind this version of the SARIF renderer does not describe.",
            "See the finding's message and weft's documentation.");

    private final String id;
    private final String name;
    private final String level;
    private final String summary;
    private final String description;
    private final String help;

    Rule(String id, String name, String level, String summary, String description, String help) {
        this.id = id;
        this.name = name;
        this.level = level;
        this.summary = summary;
        this.description = description;
        this.help = help;
    }

    /** The rule of findings of {@code kind}. */
    static Rule of(String kind) {
        for (Rule rule : values()) {
            if (rule.id.equals(kind)) {
                return rule;
            }
        }
        return OTHER;
    }

    /** The rule id: the finding kind. */
    String id() {
        return id;
    }

    /** The SARIF level of its results. */
    String level() {
        return level;
    }

    /** Its {@code reportingDescriptor}. */
    ObjectNode descriptor(ObjectMapper json) {
        ObjectNode rule = json.createObjectNode();
        rule.put("id", id);
        rule.put("name", name);
        rule.putObject("shortDescription").put("text", summary);
        rule.putObject("fullDescription").put("text", description);
        rule.putObject("help").put("text", help);
        rule.putObject("defaultConfiguration").put("level", level);
        ObjectNode properties = rule.putObject("properties");
        properties.putArray("tags").add("concurrency").add("reliability");
        properties.put("precision", this == LOCK_ORDER || this == OTHER ? "high" : "very-high");
        properties.put("problem.severity", level.equals("error") ? "error" : "warning");
        return rule;
    }
}
