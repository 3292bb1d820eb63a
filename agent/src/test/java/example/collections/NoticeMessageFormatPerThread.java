package example.collections;

import java.text.MessageFormat;
import java.util.Locale;

/** The fixed twin of {@code NoticeMessageFormatShared}: each sender thread compiles the pattern into a format of its own. */
// weft: expect none
public final class NoticeMessageFormatPerThread {

    static final ThreadLocal<MessageFormat> NOTICE = ThreadLocal.withInitial(
            () -> new MessageFormat("Dear {0}, your order {1,number,integer} has shipped.", Locale.ROOT));

    static String notice(String name, int order) {
        return NOTICE.get().format(new Object[] {name, order});
    }

    public static void main(String[] args) throws InterruptedException {
        int[] lengths = new int[2];
        Threads.runAll(new String[] {"sender-1", "sender-2"}, () -> {
            for (int i = 0; i < 200; i++) {
                lengths[0] += notice("Ann", i).length();
            }
        }, () -> {
            for (int i = 0; i < 200; i++) {
                lengths[1] += notice("Bob", 1000 + i).length();
            }
        });
        System.out.println(lengths[0] + lengths[1]);
    }
}
