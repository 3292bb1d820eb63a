/**
 * Programs that really deadlock on every run, each next to its correct twin that finishes.
 */
package dev.weft.samples.deadlock;
