package io.quintet.crm.activity;

/** Who placed a call. */
public enum CallDirection {
    INBOUND, OUTBOUND
}
