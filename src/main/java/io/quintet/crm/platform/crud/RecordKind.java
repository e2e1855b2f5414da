package io.quintet.crm.platform.crud;

import java.util.Set;
import java.util.function.Supplier;

import io.quintet.crm.platform.query.FieldSelection;
import io.quintet.crm.platform.query.QueryFields;

/**
 * What a {@link RecordService} serves: the object's API name (also its event prefix and permission
 * object), its entity, input and view classes, the fields its lists filter and sort on, the sort of a
 * list that names none, and how to make a new entity.
 */
public record RecordKind<E, I>(String objectType, Class<E> entityClass, Class<I> inputClass,
        Class<? extends Record> viewClass, QueryFields queryFields, String defaultSort, Supplier<E> newEntity) {

    /** The fields clients read, in the view's order; field rules and sparse fieldsets name these. */
    public Set<String> viewFields() {
        return FieldSelection.fieldsOf(viewClass);
    }
}
