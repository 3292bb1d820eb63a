package example.apphunt;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A build tool compiles modules with work stealing written by hand: each worker pushes the modules it discovers on
 * its own {@code ConcurrentLinkedDeque} as a stack ({@code push}, {@code pollFirst}) and, when empty, steals the oldest
 * module of another worker's deque with {@code pollLast}. A module is a mutable object its discoverer fills before the
 * push and its compiler completes after the pop; an {@code AtomicInteger} counts modules not yet compiled.
 */
// weft: expect none
public final class BuildGraphStealStack {

    static final class Module {
        String name;
        int depth;
        int sourceFiles;
        long classBytes;
        String compiledBy;
    }

    public static void main(String[] args) throws InterruptedException {
        int workers = 3;
        @SuppressWarnings("unchecked")
        ConcurrentLinkedDeque<Module>[] stacks = new ConcurrentLinkedDeque[workers];
        for (int w = 0; w < workers; w++) {
            stacks[w] = new ConcurrentLinkedDeque<>();
        }
        AtomicInteger pending = new AtomicInteger(1);
        Module root = new Module();
        root.name = "app";
        root.sourceFiles = 5;
        stacks[0].push(root);
        ConcurrentLinkedDeque<Module> compiled = new ConcurrentLinkedDeque<>();
        CountDownLatch finished = new CountDownLatch(workers);
        for (int w = 0; w < workers; w++) {
            int self = w;
            new Thread(() -> {
                while (pending.get() > 0) {
                    Module module = stacks[self].pollFirst();
                    for (int other = 1; module == null && other < workers; other++) {
                        module = stacks[(self + other) % workers].pollLast();
                    }
                    if (module == null) {
                        Thread.onSpinWait();
                        continue;
                    }
                    if (module.depth < 5) {
                        for (int child = 0; child < 2; child++) {
                            Module dependency = new Module();
                            dependency.name = module.name + "/" + child;
                            dependency.depth = module.depth + 1;
                            dependency.sourceFiles = 3 + child + module.depth;
                            pending.incrementAndGet();
                            stacks[self].push(dependency);
                        }
                    }
                    module.classBytes = module.sourceFiles * 1_024L + module.name.length();
                    module.compiledBy = Thread.currentThread().getName();
                    compiled.add(module);
                    pending.decrementAndGet();
                }
                finished.countDown();
            }, "builder-" + w).start();
        }
        finished.await();
        long bytes = 0;
        for (Module module : compiled) {
            bytes += module.classBytes;
            if (module.compiledBy == null) {
                throw new IllegalStateException(module.name + " not compiled");
            }
        }
        System.out.println(compiled.size() + " modules, " + bytes + " bytes");
    }
}
