package dev.weft.cli.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadDumpTest {

    private static final String DUMP = """
            12345:
            2026-11-26 18:00:00
            Full thread dump OpenJDK 64-Bit Server VM (17.0.15+6 mixed mode, sharing):

            "main" #1 prio=5 os_prio=0 cpu=332.29ms elapsed=8.46s tid=0x1 nid=0x1f39 in Object.wait()  [0x7f]
               java.lang.Thread.State: WAITING (on object monitor)
            \tat java.lang.Object.wait(java.base@17.0.15/Native Method)
            \tat dev.weft.agent.control.Controller.awaitTurn(Controller.java:312)
            \tat java.lang.invoke.LambdaForm$DMH/0x1.invokeVirtual(java.base@17.0.15/LambdaForm$DMH)
            \tat com.example.Bank.main(Bank.java:22)

            "Reference Handler" #2 daemon prio=10 os_prio=0 cpu=0.10ms elapsed=8.45s tid=0x2 nid=0x1f3f waiting on condition  [0x7f]
               java.lang.Thread.State: RUNNABLE
            \tat java.lang.ref.Reference.waitForReferencePendingList(java.base@17.0.15/Native Method)

            "pool-1-thread-1" #14 daemon prio=5 os_prio=0 cpu=11.35ms elapsed=8.06s tid=0x3 nid=0x1b34 waiting on condition  [0x7f]
               java.lang.Thread.State: WAITING (parking)
            \tat jdk.internal.misc.Unsafe.park(java.base@17.0.15/Native Method)
            \tat com.example.Teller.run(Teller.java:40)

            "Signal Dispatcher" #4 daemon prio=9 os_prio=0 cpu=0.21ms elapsed=8.44s tid=0x4 nid=0x1f41 waiting on condition  [0x0]
               java.lang.Thread.State: RUNNABLE

            "VM Thread" os_prio=0 cpu=2.63ms elapsed=8.47s tid=0x5 nid=0x1f3d runnable
            """;

    @Test
    void showsTheApplicationsThreadsWithTheirOwnFramesOnly() {
        List<String> threads = ThreadDump.parse(DUMP).threads();
        assertEquals(2, threads.size(), threads.toString());
        assertEquals(List.of("\"main\" #1 prio=5 os_prio=0 cpu=332.29ms elapsed=8.46s tid=0x1 nid=0x1f39 in Object.wait()  [0x7f]",
                "    at java.lang.Object.wait(java.base@17.0.15/Native Method)",
                "    at com.example.Bank.main(Bank.java:22)"), threads.get(0).lines().toList());
        assertEquals("    at com.example.Teller.run(Teller.java:40)", threads.get(1).lines().toList().get(2),
                "a daemon thread running application code is shown");
    }
}
