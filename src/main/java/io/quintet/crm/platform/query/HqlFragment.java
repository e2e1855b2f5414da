package io.quintet.crm.platform.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A piece of HQL with its named parameters (keys without the colon) and the join clauses it needs.
 *
 * <p>Insert {@code hql} into a query as a boolean expression, add each join once after the
 * {@code from} clause, and bind each parameter; collections are bound as list parameters.
 */
public record HqlFragment(String hql, Map<String, Object> params, Set<String> joins) {

    public HqlFragment {
        // Ordered copies keep the rendered query and its parameter binding order stable for caching and tests.
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        joins = Collections.unmodifiableSet(new LinkedHashSet<>(joins));
    }

    /** Both fragments' conditions, parameters and joins; parameter names must not collide, so use one compiler per query. */
    public HqlFragment and(HqlFragment other) {
        Map<String, Object> allParams = new LinkedHashMap<>(params);
        for (Map.Entry<String, Object> param : other.params.entrySet()) {
            if (allParams.containsKey(param.getKey())) {
                throw new IllegalArgumentException("Parameter :" + param.getKey() + " is bound twice; use one HqlCompiler per query");
            }
            allParams.put(param.getKey(), param.getValue());
        }
        Set<String> allJoins = new LinkedHashSet<>(joins);
        allJoins.addAll(other.joins);
        return new HqlFragment("(" + hql + ") and (" + other.hql + ")", allParams, allJoins);
    }
}
