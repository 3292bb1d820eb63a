/**
 * Programs whose threads take the same locks in opposite orders but, by their timing, never at the same
 * moment: they finish on every run, yet another schedule would deadlock, and weft predicts it from the
 * lock-order graph ({@code lock-order}). Next to them, their correct twins, and programs that take
 * opposite orders in ways that can never deadlock (under a common gate lock, ordered by start and join,
 * or in one thread), on which weft must stay silent.
 */
package dev.weft.samples.lockorder;
