package dev.weft.agent.race;

import dev.weft.analysis.race.AccessKind;

/**
 * A race as FastTrack reports it, before it is turned into a finding.
 *
 * @param field       the field's report name, or the array's type
 * @param index       the array element's index, or {@code null} for a field
 * @param priorThread the index of the earlier access's thread
 * @param priorSite   the earlier access's site
 * @param priorKind   whether the earlier access read or wrote
 * @param site        the current access's site
 * @param kind        whether the current access reads or writes
 */
record Conflict(String field, Integer index, int priorThread, int priorSite, AccessKind priorKind, int site,
                AccessKind kind) { }
