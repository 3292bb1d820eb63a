/**
 * Potential deadlocks: the lock-order graph of a run ({@link dev.weft.analysis.lockorder.LockOrderGraph}),
 * its cycles that could deadlock under another schedule ({@link dev.weft.analysis.lockorder.LockOrderDetector}),
 * built by the agent's hooks or from recorded events ({@link dev.weft.analysis.lockorder.LockOrderAnalysis}).
 */
package dev.weft.analysis.lockorder;
