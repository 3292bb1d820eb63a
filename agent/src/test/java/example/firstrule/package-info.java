/**
 * Correct programs that look like the twenty-second session's new deadlock checks would catch them (a pool whose threads
 * all wait, a semaphore of one permit, a lock wrapper handed on), run by {@code FirstRuleAuditIT}: weft must stay
 * silent on each.
 */
package example.firstrule;
