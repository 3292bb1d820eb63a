/** Cycle search shared by the graph analyses: a cheap gate, then simple cycles inside strongly connected components. */
package dev.weft.analysis.cycle;
