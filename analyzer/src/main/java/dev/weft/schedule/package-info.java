/** The CPU scheduling model of controlled runs: threads, CPUs, time slices, strategies, record and replay. */
package dev.weft.schedule;
