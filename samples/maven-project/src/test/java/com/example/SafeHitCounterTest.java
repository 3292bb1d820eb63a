package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeHitCounterTest {

    @Test
    void countsHitsFromTwoThreads() throws InterruptedException {
        SafeHitCounter counter = new SafeHitCounter();
        Thread first = new Thread(counter::hit);
        Thread second = new Thread(counter::hit);
        first.start();
        second.start();
        first.join();
        second.join();
        assertEquals(2, counter.hits());
    }
}
