package dev.weft.trace;

/**
 * A thread began running a static initializer ({@code <clinit>}), perhaps inside another one. Until the matching
 * {@link ClassInitEnded}, its accesses are checked against those before them but leave no state (the JVM orders a
 * class's initialization before every use of the class by another thread); and what an outermost initializer
 * received from other threads is ordered before the later accesses that race with it (see
 * {@code dev.weft.analysis.race.InitHandOffs}).
 */
public record ClassInitStarted(long tid) implements Event { }
