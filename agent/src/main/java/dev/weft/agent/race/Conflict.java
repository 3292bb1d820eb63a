package dev.weft.agent.race;

import dev.weft.analysis.race.AccessKind;

/**
 * A race as FastTrack reports it, before it is turned into a finding.
 *
 * @param field       the field's report name, or the array's type; for a collection's contents, the field
 *                    it was read from or its class
 * @param index       the array element's index, or {@code null} for a field
 * @param collection  for a collection's contents, the collection's class name; else {@code null}
 * @param priorThread the index of the earlier access's thread
 * @param priorSite   the earlier access's site
 * @param priorKind   whether the earlier access read or wrote
 * @param site        the current access's site
 * @param kind        whether the current access reads or writes
 */
record Conflict(String field, Integer index, String collection, int priorThread, int priorSite, AccessKind priorKind, int site,
                AccessKind kind) { }
