package dev.weft.schedule;

/**
 * One step of a controlled run: the thread chosen to perform its pending operation and run to its next
 * scheduling point.
 *
 * @param step  the step's number, from 0
 * @param tid   the thread's index
 * @param cpu   the CPU it runs on
 * @param slice the number of its time slice (a new one each time a CPU takes a thread)
 * @param op    the operation it performs
 */
public record Step(long step, int tid, int cpu, long slice, Op op) { }
