package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A school prints report cards on a fixed pool of platform threads closed by try-with-resources
 * ({@code ExecutorService.close()}, JDK 19 and later): each task fills a mutable card the school made, and the school
 * reads every card after {@code close()} returned, without a {@code Future}.
 */
// weft: expect none
public final class ReportCardsPoolClose {

    static final class Card {
        final String pupil;
        final int[] marks = new int[6];
        double average;
        String remark;

        Card(String pupil) {
            this.pupil = pupil;
        }
    }

    public static void main(String[] args) {
        List<Card> cards = new ArrayList<>();
        try (ExecutorService printers = Executors.newFixedThreadPool(3)) {
            for (int p = 0; p < 60; p++) {
                Card card = new Card("pupil-" + p);
                cards.add(card);
                int seed = p;
                printers.execute(() -> {
                    int sum = 0;
                    for (int s = 0; s < card.marks.length; s++) {
                        card.marks[s] = 1 + (seed * 7 + s * 3) % 6;
                        sum += card.marks[s];
                    }
                    card.average = sum / (double) card.marks.length;
                    card.remark = card.average < 3 ? "excellent" : "keep going";
                });
            }
        }
        int excellent = 0;
        for (Card card : cards) {
            excellent += card.remark.equals("excellent") ? 1 : 0;
        }
        System.out.println(cards.size() + " cards, " + excellent + " excellent");
    }
}
