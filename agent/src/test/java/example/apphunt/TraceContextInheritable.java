package example.apphunt;

import java.util.ArrayList;
import java.util.List;

/**
 * A tracing library keeps the current span in an {@code InheritableThreadLocal} whose {@code childValue} opens a child
 * span for each thread the request starts; the request thread fills in its span's tags before it starts the children,
 * each child records its own work in its span and reads its parent's tags, and the request thread joins them and reads
 * the child spans back.
 */
// weft: expect none
public final class TraceContextInheritable {

    static final class Span {
        final String name;
        final Span parent;
        final List<String> tags = new ArrayList<>();
        final List<Span> children = new ArrayList<>();
        long durationNanos;

        Span(String name, Span parent) {
            this.name = name;
            this.parent = parent;
        }
    }

    static final InheritableThreadLocal<Span> CURRENT = new InheritableThreadLocal<>() {
        @Override
        protected Span childValue(Span parent) {
            Span child = new Span(parent.name + "/child-" + parent.children.size(), parent);
            parent.children.add(child);
            return child;
        }
    };

    public static void main(String[] args) throws Exception {
        List<Span> requests = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            Span request = new Span("request-" + r, null);
            requests.add(request);
            Thread handler = new Thread(() -> {
                CURRENT.set(request);
                request.tags.add("user=" + request.name.length());
                List<Thread> calls = new ArrayList<>();
                for (int c = 0; c < 3; c++) {
                    Thread call = new Thread(() -> {
                        Span mine = CURRENT.get();
                        long started = System.nanoTime();
                        mine.tags.add("parent-tags=" + mine.parent.tags.size());
                        mine.durationNanos = System.nanoTime() - started + 1;
                    });
                    calls.add(call);
                    call.start();
                }
                for (Thread call : calls) {
                    try {
                        call.join();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                for (Span child : request.children) {
                    request.durationNanos += child.durationNanos;
                }
            }, "handler-" + r);
            handler.start();
            handler.join();
        }
        int tags = 0;
        for (Span request : requests) {
            for (Span child : request.children) {
                tags += child.tags.size();
            }
            tags += request.tags.size();
        }
        System.out.println(tags + " tags");
    }
}
