/** The JSON report: writing it (atomically, to a file) and reading it back. */
package dev.weft.report.json;
