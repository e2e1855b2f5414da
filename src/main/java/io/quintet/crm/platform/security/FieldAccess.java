package io.quintet.crm.platform.security;

/** What a role's field rule does to one field: hide it, or let it be read but not written. */
public enum FieldAccess {
    HIDDEN, READ_ONLY
}
