package io.quintet.crm.platform.timeline;

import java.util.UUID;

/** A record whose events a timeline shows: the record asked for, or one related to it. */
public record TimelineSubject(String objectType, UUID id) {
}
