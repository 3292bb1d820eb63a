/** The report as SARIF 2.1.0, the static-analysis results format that code scanning services read. */
package dev.weft.report.sarif;
