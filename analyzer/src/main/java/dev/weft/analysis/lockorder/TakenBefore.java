package dev.weft.analysis.lockorder;

import java.util.List;

/**
 * An edge of the lock-order graph: some thread held {@code from} while it asked for {@code to}.
 *
 * @param from      the lock held
 * @param to        the lock asked for
 * @param witnesses the distinct ways it happened that were kept, in the order first seen
 */
record TakenBefore(long from, long to, List<Witness> witnesses) { }
