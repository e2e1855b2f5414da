package io.quintet.crm.platform.security;

/** What a caller does to an object type. */
public enum Action {
    READ, CREATE, UPDATE, DELETE, EXPORT, MANAGE
}
