/**
 * Thread-pool deadlocks of one moment ({@link dev.weft.analysis.pool.PoolDeadlockDetector}): every thread of a pool
 * waits, in its task, for a task still queued behind it or for what only such a task would do, and no other thread
 * can go on to change that.
 */
package dev.weft.analysis.pool;
