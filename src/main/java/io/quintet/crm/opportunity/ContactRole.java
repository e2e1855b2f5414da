package io.quintet.crm.opportunity;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Id;

/** A contact of the deal and the part they play in it. */
public record ContactRole(@NotNull @Id UUID contactId, @NotNull ContactRoleKind role) {
}
