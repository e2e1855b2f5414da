package io.quintet.crm.platform.timeline;

/** What a timeline item tells: an activity, or an audited change of the record's life. */
public enum TimelineKind {
    ACTIVITY, CREATED, FIELD_CHANGE, STAGE_CHANGE, CONVERSION
}
