package io.quintet.crm.platform.sharing;

/** An object type's org-wide default: who besides the owner's side may see and change a record. */
public enum Access {
    /** Only the owner, their managers up the team tree, and admins. */
    PRIVATE,
    /** Everyone may read; only the owner's side and admins may change. */
    READ,
    /** Everyone the role allows may read and change. */
    READ_WRITE
}
