/** Reports as JUnit XML, for CI servers. */
package dev.weft.report.junit;
