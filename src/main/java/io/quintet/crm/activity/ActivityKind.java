package io.quintet.crm.activity;

/** What an activity is; decides which of its fields apply. */
public enum ActivityKind {
    TASK, CALL, MEETING, EMAIL, NOTE
}
