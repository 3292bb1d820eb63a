package dev.weft.agent.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.trace.Site;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserStackTest {

    private static StackTraceElement frame(String type, String method, String file, int line) {
        return new StackTraceElement(type, method, file, line);
    }

    @Test
    void aModelledCallReachedThroughMethodHandlesShowsTheProgramsFrameFirst() {
        // as a CountDownLatch.await of main reached weft's hook in a controlled run
        StackTraceElement[] frames = {
            frame("java.lang.Thread", "getStackTrace", "Thread.java", 1610),
            frame("dev.weft.runtime.Weft", "beforeBlockingCall", "Weft.java", 300),
            frame("java.lang.invoke.LambdaForm$DMH/0x00007f1bf809b000", "invokeStatic", "LambdaForm$DMH", -1),
            frame("java.lang.invoke.LambdaForm$MH/0x00007f1bf80a2400", "invoke", "LambdaForm$MH", -1),
            frame("java.lang.invoke.LambdaForm$MH/0x00007f1bf80a4800", "tryFinally", "LambdaForm$MH", -1),
            frame("java.lang.invoke.Invokers$Holder", "linkToTargetMethod", "Invokers$Holder", -1),
            frame("example.Latches", "main", "Latches.java", 27),
        };
        List<Site> stack = UserStack.of(frames);
        assertEquals(1, stack.size(), stack.toString());
        assertEquals(Site.of(frames[6]), stack.get(0));
    }

    @Test
    void framesBelowTheHookAreKeptAndLambdaClassesLeftOut() {
        StackTraceElement[] frames = {
            frame("dev.weft.runtime.Weft", "beforeLock", "Weft.java", 100),
            frame("example.Bank", "transfer", "Bank.java", 23),
            frame("example.Bank$$Lambda$14/0x0000000800c01000", "run", null, -1),
            frame("java.lang.Thread", "run", "Thread.java", 840),
        };
        assertEquals(List.of(Site.of(frames[1]), Site.of(frames[3])), UserStack.of(frames));
    }
}
