package io.quintet.crm.platform.crud;

import java.util.UUID;

/** A record view that carries its id and optimistic-locking version (the REST ETag). */
public interface Versioned {

    UUID id();

    long version();
}
