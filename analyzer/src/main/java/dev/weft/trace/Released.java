package dev.weft.trace;

/**
 * A thread handed something off through a synchronizer other than a lock or a volatile field (a
 * {@code java.util.concurrent} queue's put, a latch's count-down, a future's completion): what it did
 * before happens before what a thread does after the matching {@link Acquired}.
 *
 * @param sync the id of the object handed through (the queue, the latch, the future)
 */
public record Released(long tid, long sync) implements Event { }
