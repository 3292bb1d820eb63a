/**
 * Weft in a JUnit Platform run (Maven Surefire, Gradle, the console launcher): each finding is attributed
 * to the test that was running when it was made, and that test fails with the finding's text.
 */
package dev.weft.agent.junit;
