/**
 * Programs with a data race that happens on every run, each next to its correct twin, and correct programs
 * that hand plain data from thread to thread only through a {@code java.util.concurrent} mechanism (or
 * another happens-before edge) that a race detector must understand to stay silent.
 */
package dev.weft.samples.race;
