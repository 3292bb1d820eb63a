/** The bootstrap-visible hooks that instrumented application code calls; JDK only. */
package dev.weft.runtime;
