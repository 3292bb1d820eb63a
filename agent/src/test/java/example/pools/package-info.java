/**
 * Thread-pool deadlocks (a task waits for what only a task queued behind it in its own pool would do) and their
 * correct twins, for the plain run's watch over thread pools ({@code PoolDeadlockIT}).
 */
package example.pools;
