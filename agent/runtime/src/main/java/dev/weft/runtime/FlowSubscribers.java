package dev.weft.runtime;

import java.util.concurrent.Flow;

/**
 * A subscriber given to {@code SubmissionPublisher.subscribe}: the publisher calls its methods in its
 * executor's threads, which no start weft sees orders with the publishing thread. The subscriber is wrapped
 * so that each signal ({@code onSubscribe}, {@code onNext}, {@code onError}, {@code onComplete}) acquires
 * the publisher's sync object, which {@code submit}, {@code offer} and {@code close} release (calls on a
 * thread-safe object), and the sync object of the subscriber's own signals, which each signal releases when
 * it ends: the JDK delivers one subscriber's signals one after the other. Nothing orders a signal before
 * the publishing thread's later steps; the program's own synchronization must do that.
 */
public final class FlowSubscribers {

    private FlowSubscribers() { }

    /** {@code subscriber}, wrapped for {@code publisher}; itself when it is null or already wrapped. */
    public static Flow.Subscriber<?> subscriber(Object publisher, Flow.Subscriber<?> subscriber, int site) {
        if (subscriber == null || subscriber instanceof Wrapped) {
            return subscriber;
        }
        @SuppressWarnings("unchecked")
        Flow.Subscriber<Object> delegate = (Flow.Subscriber<Object>) subscriber;
        return new Wrapped(delegate, SyncObjects.of(publisher), site);
    }

    private static final class Wrapped implements Flow.Subscriber<Object> {
        private final Flow.Subscriber<Object> delegate;
        private final Object publisher;
        private final Object signals = new SyncObjects.Token();
        private final int site;

        Wrapped(Flow.Subscriber<Object> delegate, Object publisher, int site) {
            this.delegate = delegate;
            this.publisher = publisher;
            this.site = site;
        }

        private void began() {
            if (publisher != null) {
                SyncObjects.acquire(publisher, site);
            }
            SyncObjects.acquire(signals, site);
        }

        private void ended() {
            Weft.releasing(signals, site);
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            began();
            try {
                delegate.onSubscribe(subscription);
            } finally {
                ended();
            }
        }

        @Override
        public void onNext(Object item) {
            began();
            try {
                delegate.onNext(item);
            } finally {
                ended();
            }
        }

        @Override
        public void onError(Throwable throwable) {
            began();
            try {
                delegate.onError(throwable);
            } finally {
                ended();
            }
        }

        @Override
        public void onComplete() {
            began();
            try {
                delegate.onComplete();
            } finally {
                ended();
            }
        }

        @Override
        public String toString() {
            return delegate.toString();
        }
    }
}
