/**
 * Controlled runs ({@code mode=control}): the listener that hands every scheduling point to the scheduling
 * model ({@code dev.weft.schedule}) and lets exactly one application thread run between two points.
 */
package dev.weft.agent.control;
