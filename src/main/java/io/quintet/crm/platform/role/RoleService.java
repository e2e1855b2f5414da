package io.quintet.crm.platform.role;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quintet.crm.platform.crud.RecordKind;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.crud.RecordSupport;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.error.FieldError;
import io.quintet.crm.platform.query.QueryField;
import io.quintet.crm.platform.query.QueryFields;
import io.quintet.crm.platform.security.Roles;
import io.quintet.crm.platform.tenancy.TenantContext;
import io.smallrye.mutiny.Uni;

/**
 * Roles of the tenant; administrators only. Built-in roles keep their names and cannot be deleted,
 * and {@code admin} always grants everything; a role that users or integrations hold cannot be deleted.
 */
@ApplicationScoped
public class RoleService extends RecordService<Role, RoleInput, RoleView> {

    static final QueryFields FIELDS = QueryFields.of("role",
            QueryField.string("name", "e.name").sortable().build(),
            QueryField.bool("builtIn", "e.builtIn").build(),
            QueryField.timestamp("createdAt", "e.createdAt").sortable().build(),
            QueryField.timestamp("updatedAt", "e.updatedAt").sortable().build());

    /** Fields every record has and no rule may govern: they are the record's identity and bookkeeping. */
    private static final Set<String> UNGOVERNED_FIELDS = Set.of("id", "version", "createdAt", "updatedAt");

    private final RoleCatalog catalog;
    private final Instance<RecordService<?, ?, ?>> records;

    RoleService(RecordSupport support, RoleCatalog catalog, Instance<RecordService<?, ?, ?>> records) {
        super(support, new RecordKind<>("role", Role.class, RoleInput.class, RoleView.class, FIELDS, "name",
                Role::new));
        this.catalog = catalog;
        this.records = records;
    }

    @Override
    protected Uni<Void> checkRules(Mutiny.Session session, RoleInput input, Role existing) {
        if (existing == null && Roles.BUILT_IN.contains(input.name())) {
            throw ApiProblem.conflict("There is already a built-in role named " + input.name());
        }
        if (existing != null && !existing.name.equals(input.name())) {
            throw ApiProblem.invalidField("name", "A role keeps its name; create a new role instead");
        }
        if (existing != null && Roles.ADMIN.equals(existing.name)) {
            throw ApiProblem.forbidden("The admin role always grants everything and cannot be changed");
        }
        List<FieldError> errors = new ArrayList<>();
        List<ObjectPermission> permissions = input.permissions() == null ? List.of() : input.permissions();
        for (int i = 0; i < permissions.size(); i++) {
            if (!Roles.GRANTABLE_OBJECTS.contains(permissions.get(i).object())) {
                errors.add(new FieldError("permissions[" + i + "].object", "Unknown object '"
                        + permissions.get(i).object() + "'; roles grant actions on " + Roles.GRANTABLE_OBJECTS));
            }
        }
        Map<String, Set<String>> governable = governableFields();
        List<FieldRule> rules = input.fieldRules() == null ? List.of() : input.fieldRules();
        for (int i = 0; i < rules.size(); i++) {
            FieldRule rule = rules.get(i);
            Set<String> fields = governable.get(rule.object());
            if (fields == null) {
                errors.add(new FieldError("fieldRules[" + i + "].object", "Unknown object '" + rule.object()
                        + "'; field rules apply to " + governable.keySet()));
            } else if (!fields.contains(rule.field())) {
                errors.add(new FieldError("fieldRules[" + i + "].field", "The " + rule.object() + " has no field '"
                        + rule.field() + "' a rule can govern; fields: " + String.join(", ", fields)));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation("The role names objects or fields that do not exist", errors);
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    protected Uni<Void> beforeDelete(Mutiny.Session session, Role role, DeleteOptions options) {
        if (role.builtIn) {
            throw ApiProblem.conflict("The built-in role " + role.name + " cannot be deleted");
        }
        return session.createNativeQuery("select (select count(*) from crm_user where tenant_id = :tenant and "
                + "' ' || roles || ' ' like :pattern) + (select count(*) from api_client where tenant_id = :tenant and "
                + "' ' || roles || ' ' like :pattern)", Long.class)
                .setParameter("tenant", role.tenantId)
                .setParameter("pattern", "% " + role.name + " %")
                .getSingleResult()
                .invoke(holders -> {
                    if (holders > 0) {
                        throw ApiProblem.conflict("The role " + role.name + " is held by " + holders
                                + " user(s) or integration(s); give them another role first");
                    }
                })
                .replaceWithVoid();
    }

    @Override
    protected void afterCommit() {
        catalog.forget(TenantContext.require());
    }

    @Override
    protected void apply(RoleInput input, Role role) {
        role.name = input.name();
        role.description = input.description();
        role.permissions = catalog.permissionsJson(input.permissions());
        role.fieldRules = catalog.fieldRulesJson(input.fieldRules());
    }

    @Override
    protected RoleInput toInput(Role role) {
        return new RoleInput(role.name, role.description, catalog.permissions(role.permissions),
                catalog.fieldRules(role.fieldRules));
    }

    @Override
    public RoleView toView(Role role) {
        return new RoleView(role.id, role.name, role.description, role.builtIn, catalog.permissions(role.permissions),
                catalog.fieldRules(role.fieldRules), role.createdAt, role.updatedAt, role.version);
    }

    /** Per grantable record object, the fields a rule may hide or make read-only. */
    private Map<String, Set<String>> governableFields() {
        return records.stream().filter(service -> Roles.RECORD_OBJECTS.contains(service.objectType()))
                .collect(Collectors.toMap(RecordService::objectType, service -> {
                    Set<String> fields = new LinkedHashSet<>(service.viewFields());
                    fields.removeAll(UNGOVERNED_FIELDS);
                    return fields;
                }));
    }
}
