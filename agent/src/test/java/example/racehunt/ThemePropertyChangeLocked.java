package example.racehunt;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/** The twin of {@link ThemePropertyChangeListener}: the listener is {@code synchronized}. */
// weft: expect none
public final class ThemePropertyChangeLocked {

    static final class LastChange implements PropertyChangeListener {
        private String property;

        @Override
        public synchronized void propertyChange(PropertyChangeEvent event) {
            property = event.getPropertyName();
        }

        synchronized String property() {
            return property;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PropertyChangeSupport settings = new PropertyChangeSupport(new Object());
        LastChange last = new LastChange();
        settings.addPropertyChangeListener(last);
        Threads.runAll(new String[] {"ui", "sync"}, () -> settings.firePropertyChange("theme", "light", "dark"),
                () -> settings.firePropertyChange("font", "serif", "mono"));
        System.out.println("last " + last.property());
    }
}
