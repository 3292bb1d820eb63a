/** Bytecode instrumentation that makes lock, wait, and thread operations call the {@code Weft} hooks. */
package dev.weft.agent.instrument;
