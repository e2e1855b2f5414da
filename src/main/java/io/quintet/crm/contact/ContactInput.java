package io.quintet.crm.contact;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.quintet.crm.platform.model.Address;

/** A contact as clients write it (create and replace; a merge patch is applied to this shape). */
@NameRequired
@Input("ContactInput")
public record ContactInput(
        @Size(max = 255) String firstName,
        @Size(max = 255) String lastName,
        @Size(max = 320) @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
                message = "must be an email address such as ada@example.com") String email,
        @Size(max = 50) String phone,
        @Size(max = 50) String mobile,
        @Size(max = 255) String title,
        @Size(max = 255) String department,
        @Id UUID accountId,
        LifecycleStage lifecycleStage,
        @Size(max = 255) String leadSource,
        @Valid Address mailingAddress,
        Boolean doNotContact,
        @Id UUID ownerId,
        @Size(max = 50)
        List<@Size(max = 255) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> tags) {
}
