package dev.weft.trace;

/**
 * A call on one of the JDK's non-thread-safe collections ({@code list.add(x)}, {@code map.get(k)}) read or changed
 * its contents, one variable per collection.
 *
 * @param obj     the collection's id
 * @param shownAs the id of the class a report names the collection by (a {@code class} table record)
 * @param lock    for a call on a {@code Collections.synchronized*} wrapper, the id of the lock (its mutex) the call
 *                held around the access; else 0
 * @param write   true when the call changed the contents
 */
public record ContentsAccessed(long tid, long obj, long shownAs, long lock, boolean write, int site) implements Event { }
