package dev.weft.analysis.waitfor;

import dev.weft.trace.Site;

/**
 * A resource a thread holds.
 *
 * @param resource what is held
 * @param mode     exclusive, or shared (the read half of a read-write lock)
 * @param count    how many times it is held, reentrantly (at least 1)
 * @param site     where the thread first took it
 */
public record Hold(Resource resource, Mode mode, int count, Site site) { }
