package example.collections;

import java.text.MessageFormat;
import java.util.Locale;

/** A mailer fills notices from one compiled {@code MessageFormat} pattern; two sender threads use it at once. */
// weft: expect race example.collections.NoticeMessageFormatShared.NOTICE threads=sender-1,sender-2 collection=java.text.MessageFormat
public final class NoticeMessageFormatShared {

    static final MessageFormat NOTICE = new MessageFormat("Dear {0}, your order {1,number,integer} has shipped.", Locale.ROOT);

    static String notice(String name, int order) {
        return NOTICE.format(new Object[] {name, order}); // weft: race
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
