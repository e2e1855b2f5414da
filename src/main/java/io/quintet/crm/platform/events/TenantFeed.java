package io.quintet.crm.platform.events;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One tenant's live subscribers on this replica and the events still to load for them. Loads run
 * one at a time per tenant, so subscribers see events in the order their notifications arrived
 * (commit order); sequence numbers that piled up meanwhile are loaded together by the next one.
 */
final class TenantFeed {

    /** Sequence numbers remembered as delivered, so a catch-up never repeats what a notification brought. */
    private static final int REMEMBERED = 10_000;

    private final UUID tenantId;
    private final List<LiveSubscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Set<Long> pending = new LinkedHashSet<>();
    private final Set<Long> delivered = new LinkedHashSet<>();
    private long highestSeq;
    private boolean catchUp;
    private boolean loading;

    /** What to load next: these sequence numbers, or (a catch-up) everything after {@code after}. */
    record Work(List<Long> seqs, Long after) {
    }

    TenantFeed(UUID tenantId) {
        this.tenantId = tenantId;
    }

    UUID tenantId() {
        return tenantId;
    }

    List<LiveSubscriber> subscribers() {
        return subscribers;
    }

    synchronized void add(LiveSubscriber subscriber, long seqAtSubscription) {
        subscribers.add(subscriber);
        highestSeq = Math.max(highestSeq, seqAtSubscription);
    }

    /** Removes the subscriber; true when none is left. */
    synchronized boolean remove(LiveSubscriber subscriber) {
        subscribers.remove(subscriber);
        return subscribers.isEmpty();
    }

    synchronized void committed(long seq) {
        pending.add(seq);
    }

    synchronized void catchUp() {
        catchUp = true;
    }

    /** The next load, now marked as running; null when one is already running or nothing waits. */
    synchronized Work start(int batchSize) {
        if (loading) {
            return null;
        }
        Work work = null;
        if (catchUp) {
            catchUp = false;
            work = new Work(null, highestSeq);
        } else if (!pending.isEmpty()) {
            List<Long> batch = new ArrayList<>(Math.min(batchSize, pending.size()));
            Iterator<Long> it = pending.iterator();
            while (it.hasNext() && batch.size() < batchSize) {
                batch.add(it.next());
                it.remove();
            }
            work = new Work(batch, null);
        }
        loading = work != null;
        return work;
    }

    synchronized void finished() {
        loading = false;
    }

    /** Marks a loaded event as delivered; false when it already was (a catch-up overlapping a notification). */
    synchronized boolean firstDelivery(long seq) {
        highestSeq = Math.max(highestSeq, seq);
        if (!delivered.add(seq)) {
            return false;
        }
        if (delivered.size() > REMEMBERED) {
            Iterator<Long> oldest = delivered.iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }
}
