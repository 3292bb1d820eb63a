package dev.weft.agent.control;

/**
 * How a report names a lock object of a controlled run, kept without keeping the object.
 *
 * @param name         {@code class@identityHash} in hex, or {@code Foo.class} for a class
 * @param className    the object's class
 * @param identityHash its identity hash
 * @param kind         {@code monitor} or {@code lock}, as the program first used it
 */
record LockName(String name, String className, int identityHash, String kind) { }
