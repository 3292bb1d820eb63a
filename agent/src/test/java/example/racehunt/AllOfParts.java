package example.racehunt;

import java.util.concurrent.CompletableFuture;

/** Stages each fill their own mutable part; thenCombine merges two, allOf waits for all before main reads. */
// weft: expect none
public final class AllOfParts {

    static final class Part {
        String name;
        int size;
    }

    public static void main(String[] args) {
        Part[] parts = new Part[3];
        CompletableFuture<?>[] stages = new CompletableFuture<?>[3];
        for (int i = 0; i < parts.length; i++) {
            int index = i;
            stages[i] = CompletableFuture.runAsync(() -> {
                Part part = new Part();
                part.name = "part-" + index;
                part.size = index * 10;
                parts[index] = part;
            });
        }
        CompletableFuture.allOf(stages).join();
        int total = 0;
        for (Part part : parts) {
            total += part.size + part.name.length();
        }
        CompletableFuture<Part> left = CompletableFuture.supplyAsync(() -> parts[0]);
        CompletableFuture<Part> right = CompletableFuture.supplyAsync(() -> parts[1]);
        Part merged = left.thenCombine(right, (x, y) -> {
            Part part = new Part();
            part.name = x.name + "+" + y.name;
            part.size = x.size + y.size;
            return part;
        }).join();
        System.out.println("total " + total + " merged " + merged.name + " " + merged.size);
    }
}
