package example.racehunt;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/**
 * A settings bean fires property changes with {@code PropertyChangeSupport} from two threads; the support calls the
 * listener in the firing thread, with no lock, so the listener's plain field races.
 */
// weft: expect race example.racehunt.ThemePropertyChangeListener$LastChange.property threads=ui,sync
public final class ThemePropertyChangeListener {

    static final class LastChange implements PropertyChangeListener {
        String property;

        @Override
        public void propertyChange(PropertyChangeEvent event) {
            property = event.getPropertyName(); // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PropertyChangeSupport settings = new PropertyChangeSupport(new Object());
        LastChange last = new LastChange();
        settings.addPropertyChangeListener(last);
        Threads.runAll(new String[] {"ui", "sync"}, () -> settings.firePropertyChange("theme", "light", "dark"),
                () -> settings.firePropertyChange("font", "serif", "mono"));
        System.out.println("last " + last.property);
    }
}
