/** Weft's state about application objects, keyed by identity, that never keeps an object alive. */
package dev.weft.agent.identity;
