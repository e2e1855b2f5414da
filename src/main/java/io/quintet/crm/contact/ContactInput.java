package io.quintet.crm.contact;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.quintet.crm.platform.model.Address;

/** A contact as clients write it (create and replace; a merge patch is applied to this shape). */
@NameRequired
public record ContactInput(
        @Size(max = 255) String firstName,
        @Size(max = 255) String lastName,
        @Size(max = 320) @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
                message = "must be an email address such as ada@example.com") String email,
        @Size(max = 50) String phone,
        @Size(max = 50) String mobile,
        @Size(max = 255) String title,
        @Size(max = 255) String department,
        UUID accountId,
        LifecycleStage lifecycleStage,
        @Size(max = 255) String leadSource,
        @Valid Address mailingAddress,
        Boolean doNotContact,
        UUID ownerId,
        @Size(max = 50) List<@NotBlank @Size(max = 255) String> tags) {
}
