/** Weft's event model: what instrumented code did, named by primitive ids and sites. */
package dev.weft.trace;
