package io.quintet.crm.platform.crud;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quintet.crm.platform.audit.ChangeRecorder;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.error.DatabaseErrors;
import io.quintet.crm.platform.error.JsonErrors;
import io.quintet.crm.platform.model.Ids;
import io.quintet.crm.platform.error.ProblemKind;
import io.quintet.crm.platform.query.Cursor;
import io.quintet.crm.platform.query.HqlCompiler;
import io.quintet.crm.platform.query.HqlFragment;
import io.quintet.crm.platform.query.QueryFields;
import io.quintet.crm.platform.query.SortSpec;
import io.quintet.crm.platform.identity.CrmUser;
import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Caller;
import io.quintet.crm.platform.security.FieldPolicy;
import io.quintet.crm.platform.security.Permissions;
import io.quintet.crm.platform.sharing.Visibility;
import io.quintet.crm.platform.tenancy.OwnedEntity;
import io.quintet.crm.platform.tenancy.TenantScopedEntity;
import io.smallrye.mutiny.Uni;

/**
 * The write and read rules every CRM record shares, in one place: validation, optimistic locking,
 * JSON Merge Patch, keyset lists, batches, and the audit entry and outbox event of every change
 * in the change's own transaction. A feature service supplies its mapping and its own rules.
 *
 * @param <E> the entity
 * @param <I> the input record (what clients send on create and replace)
 * @param <V> the view record (what clients read)
 */
public abstract class RecordService<E extends TenantScopedEntity, I, V extends Versioned> {

    /** Largest number of items in one batch request. */
    public static final int MAX_BATCH = 100;

    private static final Set<String> READ_ONLY = Set.of("id", "version", "createdAt", "updatedAt");

    protected final RecordSupport support;
    private final RecordKind<E, I> kind;

    protected RecordService(RecordSupport support, RecordKind<E, I> kind) {
        this.support = support;
        this.kind = kind;
    }

    /** For CDI client proxies only, which delegate every call to a properly constructed instance. */
    protected RecordService() {
        this(null, null);
    }

    /** The API name of the object, e.g. {@code account}; also the event prefix and permission object. */
    public final String objectType() {
        return kind.objectType();
    }

    /** The fields clients read, in the view's order. */
    public final Set<String> viewFields() {
        return kind.viewFields();
    }

    /** The fields a list may filter and sort on, less those hidden from the current caller. */
    public final QueryFields queryFields() {
        FieldPolicy policy = fieldPolicy();
        return policy.hidden().isEmpty() ? kind.queryFields() : kind.queryFields().hiding(policy::hides);
    }

    /** The current caller's field rules for this object. */
    public final FieldPolicy fieldPolicy() {
        return Caller.require().authority().fields(objectType());
    }

    private Class<E> entityClass() {
        return kind.entityClass();
    }

    private Class<I> inputClass() {
        return kind.inputClass();
    }

    /** Copies every input field onto the entity (a replace: absent means null). */
    protected abstract void apply(I input, E entity);

    /** The input that would recreate the entity as it is; the base of a merge patch. */
    protected abstract I toInput(E entity);

    public abstract V toView(E entity);

    /** Rules that need the database (uniqueness, references); {@code existing} is null on create. */
    protected Uni<Void> checkRules(Mutiny.Session session, I input, E existing) {
        return Uni.createFrom().voidItem();
    }

    /**
     * Fields the service derives from the others (a score, an assigned owner), set after the input is
     * applied and before the row is written, in the change's transaction; {@code creating} on a create.
     */
    protected Uni<Void> derive(Mutiny.Session session, E entity, boolean creating) {
        return Uni.createFrom().voidItem();
    }

    /** Work after a change committed, such as dropping what a cache knows. */
    protected void afterCommit() {
    }

    /** Work before a delete, such as refusing or detaching dependants. */
    protected Uni<Void> beforeDelete(Mutiny.Session session, E entity, DeleteOptions options) {
        return Uni.createFrom().voidItem();
    }

    public Uni<V> get(UUID id) {
        Permissions.require(objectType(), Action.READ);
        return support.read(session -> session.find(entityClass(), id).chain(entity -> entity == null
                ? Uni.createFrom().<E>nullItem()
                : visibility(session).map(visible -> visible.canRead(owner(entity)) ? entity : null)))
                .map(entity -> {
                    if (entity == null) {
                        throw ApiProblem.notFound(objectType(), id);
                    }
                    return toView(entity);
                });
    }

    public Uni<V> create(I input) {
        Permissions.require(objectType(), Action.CREATE);
        return inTransaction(session -> createIn(session, input));
    }

    public Uni<V> replace(UUID id, I input, Long expectedVersion) {
        Permissions.require(objectType(), Action.UPDATE);
        return inTransaction(session -> load(session, id, expectedVersion)
                .chain(entity -> updateIn(session, entity, keepGuardedFields(entity, input))));
    }

    public Uni<V> patch(UUID id, JsonNode patch, Long expectedVersion) {
        Permissions.require(objectType(), Action.UPDATE);
        return inTransaction(session -> patchIn(session, id, patch, expectedVersion));
    }

    public Uni<Void> delete(UUID id, Long expectedVersion, DeleteOptions options) {
        Permissions.require(objectType(), Action.DELETE);
        return inTransaction(session -> load(session, id, expectedVersion)
                .call(entity -> beforeDelete(session, entity, options))
                .call(entity -> {
                    JsonNode before = support.json().valueToTree(toView(entity));
                    return session.remove(entity).chain(session::flush)
                            .chain(() -> support.changes().record(session, objectType(), id,
                                    ChangeRecorder.Action.DELETED, before, null));
                })
                .replaceWithVoid());
    }

    /**
     * Hands the record to another user of the tenant (an update of {@code ownerId}, audited and
     * announced as {@code <object>.transferred}).
     */
    public Uni<V> transfer(UUID id, UUID newOwnerId, Long expectedVersion) {
        Permissions.require(objectType(), Action.UPDATE);
        if (newOwnerId == null) {
            throw ApiProblem.invalidField("ownerId", "ownerId is required: the id of a user of this tenant");
        }
        FieldPolicy policy = fieldPolicy();
        if (policy.guarded().contains("ownerId")) {
            throw policy.refusal("ownerId");
        }
        return inTransaction(session -> load(session, id, expectedVersion).chain(entity -> {
            if (!(entity instanceof OwnedEntity owned)) {
                throw ApiProblem.validation("A " + objectType() + " has no owner", List.of());
            }
            return session.find(CrmUser.class, newOwnerId).chain(user -> {
                if (user == null || !user.active) {
                    throw ApiProblem.invalidField("ownerId", "No active user with id " + newOwnerId);
                }
                JsonNode before = support.json().valueToTree(toView(entity));
                owned.ownerId = newOwnerId;
                return session.flush().chain(() -> {
                    V view = toView(entity);
                    return support.changes().record(session, objectType(), entity.id,
                            ChangeRecorder.Action.TRANSFERRED, before, support.json().valueToTree(view))
                            .replaceWith(view);
                });
            });
        }));
    }

    /**
     * Whether the record exists and the caller may see it, inside the caller's session; for other
     * features' reference checks, so that a reference cannot probe for records the caller cannot see.
     */
    public Uni<Boolean> isVisible(Mutiny.Session session, UUID id) {
        return session.find(entityClass(), id).chain(entity -> entity == null
                ? Uni.createFrom().item(false)
                : visibility(session).map(visible -> visible.canRead(owner(entity))));
    }

    private Uni<Visibility> visibility(Mutiny.Session session) {
        return support.sharing().visibility(session, objectType());
    }

    private static UUID owner(TenantScopedEntity entity) {
        return entity instanceof OwnedEntity owned ? owned.ownerId : null;
    }

    /** A record a signed-in user creates without naming an owner is theirs. */
    private static void defaultOwner(TenantScopedEntity entity) {
        if (entity instanceof OwnedEntity owned && owned.ownerId == null) {
            Caller.current().filter(caller -> caller.actorType() == Caller.ActorType.USER)
                    .ifPresent(user -> owned.ownerId = UUID.fromString(user.principal()));
        }
    }

    /**
     * Creates (items without {@code id}) and merge-patches (items with {@code id}, optionally
     * {@code version}) in one transaction: all or none. A failing item's errors carry its index.
     */
    public Uni<List<V>> batch(List<JsonNode> items) {
        if (items == null || items.isEmpty() || items.size() > MAX_BATCH) {
            throw ApiProblem.invalidField("items", "A batch holds between 1 and " + MAX_BATCH + " items");
        }
        return inTransaction(session -> batchFrom(session, items, 0, new ArrayList<>()));
    }

    /** The records with these ids that the caller may see, in one query; for batch resolvers. */
    public Uni<List<V>> findAll(Collection<UUID> ids) {
        Permissions.require(objectType(), Action.READ);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return readVisible(session -> session
                .createSelectionQuery("from " + entityClass().getSimpleName() + " where id in :ids", entityClass())
                .setParameter("ids", ids).getResultList());
    }

    /** Runs a read in its own session and keeps the records the caller may see, as views. */
    protected Uni<List<V>> readVisible(Function<Mutiny.Session, Uni<List<E>>> query) {
        return support.read(session -> visibility(session).chain(visible -> query.apply(session)
                .map(found -> found.stream().filter(entity -> visible.canRead(owner(entity))).map(this::toView)
                        .toList())));
    }

    /**
     * One page of the list, optionally narrowed by {@code scope} (e.g. one account's contacts).
     *
     * <p>A first page is one statement. A page after a cursor is one statement too, unless its first
     * sort key is ascending and nullable and the rows with a value run out before the page is full:
     * then a second statement reads the rows where that key is null (see {@link HqlCompiler#keysetAfter}).
     */
    public Uni<Page<V>> list(ListQuery query, HqlFragment scope) {
        Permissions.require(objectType(), Action.READ);
        QueryFields fields = queryFields();
        SortSpec sort = SortSpec.parse(query.sort(), fields, kind.defaultSort());
        HqlCompiler compiler = new HqlCompiler();
        List<HqlFragment> conditions = new ArrayList<>();
        if (scope != null) {
            conditions.add(scope);
        }
        if (query.filter() != null) {
            conditions.add(compiler.compile(query.filter()));
        }
        HqlCompiler.Keyset keyset = query.cursor() == null ? null
                : compiler.keysetAfter(sort, Cursor.decode(query.cursor(), sort, support.cursorSecret()));
        int limit = query.limit();
        return support.read(session -> visibility(session).chain(visible -> {
            List<HqlFragment> all = new ArrayList<>(conditions);
            if (!visible.readsAll()) {
                all.add(visible.owners().isEmpty() ? new HqlFragment("e.id is null", Map.of(), Set.of())
                        : new HqlFragment("e.ownerId in :visibleOwners", Map.of("visibleOwners", visible.owners()),
                                Set.of()));
            }
            if (keyset == null) {
                return select(session, sort, all, limit + 1);
            }
            return keyset.read((after, maxRows) -> {
                List<HqlFragment> page = new ArrayList<>(all);
                page.add(after);
                return select(session, sort, page, maxRows);
            }, limit + 1);
        })).map(rows -> {
            boolean more = rows.size() > limit;
            List<Object[]> page = more ? rows.subList(0, limit) : rows;
            String next = null;
            if (more) {
                Object[] last = page.get(page.size() - 1);
                next = Cursor.encode(sort, Arrays.asList(last).subList(1, last.length), support.cursorSecret());
            }
            @SuppressWarnings("unchecked")
            List<V> views = page.stream().map(row -> toView((E) row[0])).toList();
            return new Page<>(views, next);
        });
    }

    /** The entities matching all {@code conditions} in sort order, each followed by its sort values; at most {@code maxRows}. */
    private Uni<List<Object[]>> select(Mutiny.Session session, SortSpec sort, List<HqlFragment> conditions,
            int maxRows) {
        HqlFragment where = conditions.stream().reduce(HqlFragment::and).orElse(null);
        Set<String> joins = new LinkedHashSet<>(sort.joins());
        if (where != null) {
            joins.addAll(where.joins());
        }
        StringBuilder hql = new StringBuilder("select e");
        sort.keys().forEach(key -> hql.append(", ").append(key.field().expression()));
        hql.append(" from ").append(entityClass().getSimpleName()).append(" e");
        joins.forEach(join -> hql.append(' ').append(join));
        if (where != null) {
            hql.append(" where ").append(where.hql());
        }
        hql.append(' ').append(sort.orderBy());
        var select = session.createSelectionQuery(hql.toString(), Object[].class).setMaxResults(maxRows);
        if (where != null) {
            where.params().forEach(select::setParameter);
        }
        return select.getResultList();
    }

    private Uni<List<V>> batchFrom(Mutiny.Session session, List<JsonNode> items, int index, List<V> done) {
        if (index == items.size()) {
            return Uni.createFrom().item(done);
        }
        JsonNode item = items.get(index);
        Uni<V> step;
        try {
            step = batchItem(session, item);
        } catch (ApiProblem problem) {
            step = Uni.createFrom().failure(problem);
        }
        return step.onFailure(ApiProblem.class).transform(failure -> ((ApiProblem) failure).atIndex(index))
                .chain(view -> {
                    done.add(view);
                    return batchFrom(session, items, index + 1, done);
                });
    }

    private Uni<V> batchItem(Mutiny.Session session, JsonNode item) {
        if (item == null || !item.isObject()) {
            throw ApiProblem.invalidField("items", "Each batch item must be a JSON object");
        }
        JsonNode id = item.get("id");
        if (id == null || id.isNull()) {
            Permissions.require(objectType(), Action.CREATE);
            return createIn(session, readInput(item));
        }
        Permissions.require(objectType(), Action.UPDATE);
        UUID uuid = Ids.parse("id", id.asText());
        ObjectNode patch = ((ObjectNode) item).deepCopy();
        patch.remove("id");
        JsonNode version = patch.remove("version");
        if (version != null && !version.canConvertToLong()) {
            throw ApiProblem.invalidField("version", "version must be an integer");
        }
        return patchIn(session, uuid, patch, version == null || version.isNull() ? null : version.asLong());
    }

    /**
     * Creates a record inside another feature's transaction (a lead's conversion), with the same
     * permission, checks, audit entry and event as {@link #create}.
     */
    public Uni<V> createWithin(Mutiny.Session session, I input) {
        Permissions.require(objectType(), Action.CREATE);
        return createIn(session, input);
    }

    private Uni<V> createIn(Mutiny.Session session, I input) {
        support.validator().validate(input);
        JsonNode requested = support.json().valueToTree(input);
        Set<String> given = new LinkedHashSet<>();
        requested.fields().forEachRemaining(field -> {
            if (!field.getValue().isNull()) {
                given.add(field.getKey());
            }
        });
        guardFields(null, requested, given);
        E entity = kind.newEntity().get();
        return checkRules(session, input, null)
                .invoke(() -> apply(input, entity))
                .chain(() -> derive(session, entity, true))
                .chain(() -> {
                    defaultOwner(entity);
                    return session.persist(entity);
                })
                .chain(session::flush)
                .chain(() -> {
                    V view = toView(entity);
                    return support.changes().record(session, objectType(), entity.id, ChangeRecorder.Action.CREATED,
                            null, support.json().valueToTree(view)).replaceWith(view);
                });
    }

    private Uni<V> patchIn(Mutiny.Session session, UUID id, JsonNode patch, Long expectedVersion) {
        if (patch == null || !patch.isObject()) {
            throw ApiProblem.validation("A merge patch must be a JSON object", List.of());
        }
        for (String readOnly : READ_ONLY) {
            if (patch.has(readOnly)) {
                throw ApiProblem.invalidField(readOnly, readOnly + " is read-only");
            }
        }
        return load(session, id, expectedVersion).chain(entity -> {
            JsonNode current = support.json().valueToTree(toInput(entity));
            JsonNode patched = MergePatch.apply(current, patch);
            Set<String> named = new LinkedHashSet<>();
            patch.fieldNames().forEachRemaining(named::add);
            guardFields(current, patched, named);
            return updateIn(session, entity, readInput(patched));
        });
    }

    /** Replaces the entity's fields with {@code input}, with the same checks and records as any update. */
    protected Uni<V> updateIn(Mutiny.Session session, E entity, I input) {
        support.validator().validate(input);
        JsonNode before = support.json().valueToTree(toView(entity));
        return checkRules(session, input, entity)
                .invoke(() -> apply(input, entity))
                .chain(() -> derive(session, entity, false))
                .chain(session::flush)
                .chain(() -> {
                    V view = toView(entity);
                    return support.changes().record(session, objectType(), entity.id, ChangeRecorder.Action.UPDATED,
                            before, support.json().valueToTree(view)).replaceWith(view);
                });
    }

    /**
     * Refuses a write that would touch a field the caller's role hides or makes read-only: of the
     * fields the request names, a hidden one whatever its value (so that answers reveal nothing of
     * it), a read-only one when its value would change.
     */
    private void guardFields(JsonNode current, JsonNode requested, Set<String> named) {
        FieldPolicy policy = fieldPolicy();
        for (String field : named) {
            if (policy.hidden().contains(field)) {
                throw policy.refusal(field);
            }
            if (policy.readOnly().contains(field) && !valueOf(current, field).equals(valueOf(requested, field))) {
                throw policy.refusal(field);
            }
        }
    }

    /**
     * A replace keeps the fields the caller may not write when it leaves them out, since it cannot
     * see (or may not change) them; naming them is checked like any other write.
     */
    private I keepGuardedFields(E entity, I input) {
        FieldPolicy policy = fieldPolicy();
        if (policy.isEmpty() || input == null) {
            return input;
        }
        JsonNode current = support.json().valueToTree(toInput(entity));
        ObjectNode requested = support.json().valueToTree(input);
        Set<String> named = new LinkedHashSet<>();
        for (String field : policy.guarded()) {
            if (valueOf(requested, field).isNull()) {
                requested.set(field, valueOf(current, field));
            } else {
                named.add(field);
            }
        }
        guardFields(current, requested, named);
        return readInput(requested);
    }

    private static JsonNode valueOf(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null ? NullNode.instance : value;
    }

    /** The record to change: visible, writable by the caller, at the expected version; else 404/403/412. */
    protected Uni<E> load(Mutiny.Session session, UUID id, Long expectedVersion) {
        return session.find(entityClass(), id).chain(found -> found == null
                ? Uni.createFrom().<E>nullItem()
                : visibility(session).map(visible -> {
                    if (!visible.canRead(owner(found))) {
                        return null;
                    }
                    if (!visible.canWrite(owner(found))) {
                        throw ApiProblem.forbidden("This " + objectType() + " belongs to another owner: you may read "
                                + "it but not change it");
                    }
                    return found;
                })).map(entity -> {
            if (entity == null) {
                throw ApiProblem.notFound(objectType(), id);
            }
            if (expectedVersion != null && expectedVersion != entity.version) {
                throw ApiProblem.staleVersion(expectedVersion, entity.version);
            }
            return entity;
        });
    }

    /** Reads an input record from JSON, so a patched document obeys the same rules as a POST body. */
    protected I readInput(JsonNode node) {
        try {
            return support.json().treeToValue(node, inputClass());
        } catch (JsonProcessingException e) {
            throw JsonErrors.toProblem(e);
        }
    }

    /** Runs {@code work} in one transaction and names client-caused database failures as client errors. */
    protected <T> Uni<T> inTransaction(Function<Mutiny.Session, Uni<T>> work) {
        Uni<T> transaction = Panache.withTransaction(() -> Panache.getSession().chain(work::apply));
        return transaction.onFailure().transform(RecordService::clientError).invoke(this::afterCommit);
    }

    private static Throwable clientError(Throwable failure) {
        if (failure instanceof OptimisticLockException || failure instanceof StaleStateException
                || failure.getCause() instanceof StaleStateException) {
            return ApiProblem.of(ProblemKind.PRECONDITION_FAILED,
                    "The record was changed by someone else; read it again and retry");
        }
        return DatabaseErrors.asClientError(failure);
    }

    /** Extra parameters of a delete, such as {@code cascade=detach}. */
    public record DeleteOptions(Map<String, String> values) {

        public static DeleteOptions none() {
            return new DeleteOptions(Map.of());
        }

        public boolean is(String name, String value) {
            return value.equals(values.get(name));
        }
    }
}
