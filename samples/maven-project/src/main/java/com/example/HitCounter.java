package com.example;

/** Counts page hits. Not thread-safe: two threads that count at once can lose a hit. */
public class HitCounter {

    private long hits;

    /** Counts one hit. */
    public void hit() {
        hits++; // the race weft reports: read and write with no lock
    }

    /** The hits counted so far. */
    public long hits() {
        return hits;
    }
}
