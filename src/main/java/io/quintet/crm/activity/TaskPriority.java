package io.quintet.crm.activity;

/** How urgent a task is. */
public enum TaskPriority {
    LOW, NORMAL, HIGH
}
