package example.racehunt;

/**
 * A mailer copies a shared message template with {@code clone()} (the JDK's {@code Object.clone}, which reads every
 * field) while an editor changes the template's subject, with nothing ordering the two.
 */
// weft: expect race example.racehunt.TemplateCloneWhileEdited$Template.subject threads=editor,mailer
public final class TemplateCloneWhileEdited {

    static final class Template implements Cloneable {
        String subject = "Hello";
        String body = "Dear customer";

        Template copy() {
            try {
                return (Template) clone(); // weft: race
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Template template = new Template();
        Template[] sent = new Template[1];
        Threads.runAll(new String[] {"editor", "mailer"}, () -> template.subject = "Spring sale", // weft: race
                () -> sent[0] = template.copy());
        System.out.println("sent: " + sent[0].subject);
    }
}
