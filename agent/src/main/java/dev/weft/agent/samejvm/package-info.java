/**
 * Several schedules of {@code weft explore} in one JVM: each runs the program's {@code main} with its classes
 * loaded afresh, under a run of the agent made for that schedule alone.
 */
package dev.weft.agent.samejvm;
