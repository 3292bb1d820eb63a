package example.apphunt;

import java.util.Iterator;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.SynchronousQueue;

/**
 * Dashboard widgets kept in a {@code CopyOnWriteArrayList}: plugin threads add widgets built with plain fields while
 * a layout thread takes snapshots with {@code iterator()} and hands each iterator to a render thread through a
 * {@code SynchronousQueue}; the renderer walks the snapshot and reads every widget's fields.
 */
// weft: expect none
public final class DashboardCowIteratorHandOff {

    static final class Widget {
        String title;
        int width;
        int height;
    }

    public static void main(String[] args) throws Exception {
        CopyOnWriteArrayList<Widget> widgets = new CopyOnWriteArrayList<>();
        SynchronousQueue<Iterator<Widget>> frames = new SynchronousQueue<>();
        Thread[] plugins = new Thread[2];
        for (int p = 0; p < plugins.length; p++) {
            int plugin = p;
            plugins[p] = new Thread(() -> {
                for (int w = 0; w < 15; w++) {
                    Widget widget = new Widget();
                    widget.title = "plugin" + plugin + "/" + w;
                    widget.width = 100 + w;
                    widget.height = 40 + plugin;
                    widgets.add(widget);
                }
            }, "plugin-" + p);
            plugins[p].start();
        }
        long[] area = new long[1];
        Thread renderer = new Thread(() -> {
            try {
                for (int frame = 0; frame < 10; frame++) {
                    Iterator<Widget> snapshot = frames.take();
                    while (snapshot.hasNext()) {
                        Widget widget = snapshot.next();
                        area[0] += (long) widget.width * widget.height + widget.title.length();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "renderer");
        renderer.start();
        Thread layout = new Thread(() -> {
            try {
                for (int frame = 0; frame < 10; frame++) {
                    frames.put(widgets.iterator());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "layout");
        layout.start();
        for (Thread plugin : plugins) {
            plugin.join();
        }
        layout.join();
        renderer.join();
        System.out.println(widgets.size() + " widgets, area " + area[0]);
    }
}
