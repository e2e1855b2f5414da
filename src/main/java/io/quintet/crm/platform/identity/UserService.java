package io.quintet.crm.platform.identity;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quintet.crm.platform.crud.RecordKind;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.crud.RecordSupport;
import io.quintet.crm.platform.query.QueryField;
import io.quintet.crm.platform.query.QueryFields;

/** Users of the tenant: listed and (de)activated by administrators, created only by signing in. */
@ApplicationScoped
public class UserService extends RecordService<CrmUser, UserInput, UserView> {

    static final QueryFields FIELDS = QueryFields.of("user",
            QueryField.string("email", "e.email").caseInsensitive().sortable().build(),
            QueryField.string("displayName", "e.displayName").sortable().build(),
            QueryField.bool("active", "e.active").build(),
            QueryField.timestamp("lastSeenAt", "e.lastSeenAt").sortable().build(),
            QueryField.timestamp("createdAt", "e.createdAt").sortable().build());

    UserService(RecordSupport support) {
        super(support, new RecordKind<>("user", CrmUser.class, UserInput.class, UserView.class, FIELDS, "email", () -> {
            throw new UnsupportedOperationException("Users are provisioned by signing in");
        }));
    }

    @Override
    protected void apply(UserInput input, CrmUser user) {
        user.active = input.active();
    }

    @Override
    protected UserInput toInput(CrmUser user) {
        return new UserInput(user.active);
    }

    @Override
    public UserView toView(CrmUser user) {
        List<String> roles = user.roles.isBlank() ? List.of() : Arrays.asList(user.roles.split(" "));
        return new UserView(user.id, user.email, user.displayName, roles, user.active, user.issuer, user.subject,
                user.lastSeenAt, user.createdAt, user.updatedAt, user.version);
    }
}
