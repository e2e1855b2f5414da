package io.quintet.crm.activity;

/** Where a task stands; done and cancelled tasks are never overdue. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED
}
