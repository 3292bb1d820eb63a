package dev.weft.analysis.waitfor;

import dev.weft.trace.Site;

/**
 * What a thread is waiting for.
 *
 * @param resource the lock, monitor or (for a join) thread it waits for
 * @param mode     the mode it asks for
 * @param site     where it waits
 * @param timed    true when the wait ends by itself ({@code tryLock(time, unit)}, {@code join(millis)}):
 *                 such a wait cannot be part of a deadlock
 */
public record Wait(Resource resource, Mode mode, Site site, boolean timed) { }
