package example.racehunt;

/** The fixed {@link TemplateCloneWhileEdited}: the template is edited and copied holding its lock. */
// weft: expect none
public final class TemplateCloneLocked {

    static final class Template implements Cloneable {
        String subject = "Hello";
        String body = "Dear customer";

        synchronized Template copy() {
            try {
                return (Template) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }

        synchronized void retitle(String subject) {
            this.subject = subject;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Template template = new Template();
        Template[] sent = new Template[1];
        Threads.runAll(new String[] {"editor", "mailer"}, () -> template.retitle("Spring sale"), () -> sent[0] = template.copy());
        System.out.println("sent: " + sent[0].subject);
    }
}
