package example.racehunt;

import java.util.HashSet;
import java.util.Set;

/** A lookup in the auditor's own HashSet calls the key's hashCode, which reads the id that the renamer changes. */
// weft: expect race example.racehunt.HashCodeInSetLookup$Sku.code threads=renamer,auditor
public final class HashCodeInSetLookup {

    static final class Sku {
        int code;

        @Override
        public boolean equals(Object other) {
            return other == this;
        }

        @Override
        public int hashCode() {
            return code; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Sku sku = new Sku();
        Threads.runAll(new String[] {"renamer", "auditor"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        sku.code = i; // weft: race
                    }
                },
                () -> {
                    Set<Sku> seen = new HashSet<>();
                    seen.add(new Sku());
                    int found = 0;
                    for (int i = 0; i < 100; i++) {
                        found += seen.contains(sku) ? 1 : 0;
                    }
                    System.out.println("found " + found);
                });
    }
}
