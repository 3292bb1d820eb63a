/** Suppressions: a file of known findings to silence, in the spirit of ThreadSanitizer's. */
package dev.weft.report.suppress;
