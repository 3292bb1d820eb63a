package dev.weft.schedule;

/**
 * A thread held back, or let go, by a steered run ({@code confirm=}), as its schedule file records it so
 * that a replay holds the same threads at the same moments and so takes the same steps.
 *
 * @param step   how many steps had been taken when it happened
 * @param thread the thread (its index in creation order)
 * @param held   true when it was held back, false when it was let go
 */
public record Hold(long step, int thread, boolean held) { }
