/**
 * Data races: happens-before detection by FastTrack ({@link dev.weft.analysis.race.FastTrack}), which the
 * agent calls from its hooks, and over recorded events ({@link dev.weft.analysis.race.RaceDetector}).
 */
package dev.weft.analysis.race;
