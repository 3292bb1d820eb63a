/** The report: findings of every kind as one immutable value, rendered by the subpackages (one per format). */
package dev.weft.report;
