/**
 * Real deadlocks: the wait-for graph of one moment ({@link dev.weft.analysis.waitfor.WaitForGraph}) and its
 * cycles ({@link dev.weft.analysis.waitfor.DeadlockDetector}), built from thread snapshots or from events.
 */
package dev.weft.analysis.waitfor;
