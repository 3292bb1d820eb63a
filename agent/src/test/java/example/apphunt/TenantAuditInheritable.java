package example.apphunt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multi-tenant audit context in an {@code InheritableThreadLocal} whose {@code childValue} copies the parent's
 * mutable map: a request thread sets its tenant and user, starts two worker threads (each inherits a copy, adds its
 * own step and starts a grandchild that inherits that copy again) and joins them; every thread changes only its own
 * copy, and the copies are collected in a synchronized list read after the joins.
 */
// weft: expect none
public final class TenantAuditInheritable {

    static final List<Map<String, String>> SEEN = new ArrayList<>();

    static final InheritableThreadLocal<Map<String, String>> CONTEXT = new InheritableThreadLocal<>() {
        @Override
        protected Map<String, String> initialValue() {
            return new HashMap<>();
        }

        @Override
        protected Map<String, String> childValue(Map<String, String> parent) {
            Map<String, String> copy = new HashMap<>(parent);
            copy.put("depth", String.valueOf(Integer.parseInt(parent.getOrDefault("depth", "0")) + 1));
            return copy;
        }
    };

    static void record() {
        synchronized (SEEN) {
            SEEN.add(CONTEXT.get());
        }
    }

    static Thread child(String step, boolean spawn) {
        return new Thread(() -> {
            CONTEXT.get().put("step", step);
            if (spawn) {
                Thread grandchild = child(step + ".audit", false);
                grandchild.start();
                try {
                    grandchild.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            record();
        }, "step-" + step);
    }

    public static void main(String[] args) throws InterruptedException {
        List<Thread> requests = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            String tenant = "tenant-" + r;
            Thread request = new Thread(() -> {
                CONTEXT.get().put("tenant", tenant);
                CONTEXT.get().put("user", "alice@" + tenant);
                Thread load = child("load", true);
                Thread save = child("save", true);
                load.start();
                save.start();
                try {
                    load.join();
                    save.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                record();
            }, "request-" + r);
            requests.add(request);
            request.start();
        }
        for (Thread request : requests) {
            request.join();
        }
        int entries = 0;
        for (Map<String, String> context : SEEN) {
            entries += context.size() + context.get("tenant").length();
        }
        System.out.println(SEEN.size() + " contexts, " + entries);
    }
}
