/**
 * Samples of the scheduling model ({@code mode=control}): time slices and cooperative scheduling, one CPU
 * versus several, and a deadlock that exploring schedules finds and a replay reproduces.
 */
package dev.weft.samples.scheduling;
