/**
 * The report as one self-contained HTML page: a summary, each finding with its stacks and its cycle drawn
 * as an SVG graph, and the timeline of a controlled run's interleaving. No script, font or file from
 * elsewhere; every name from the watched program is escaped.
 */
package dev.weft.report.html;
