/** The text report, for people at a terminal. */
package dev.weft.report.text;
