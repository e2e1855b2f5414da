package io.quintet.crm.platform.sharing;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A team as administrators write it: a name, a manager and members (user ids of the tenant). */
public record TeamInput(@NotBlank @Size(max = 255) String name, UUID managerId,
        @Size(max = 500) List<@NotNull UUID> memberIds) {
}
