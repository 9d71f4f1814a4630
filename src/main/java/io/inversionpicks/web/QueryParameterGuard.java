package io.inversionpicks.web;

import io.inversionpicks.common.DecisiveParameter;
import io.inversionpicks.common.ParamReader;
import io.inversionpicks.common.Problem.ProblemError;
import io.inversionpicks.common.Problem;
import io.inversionpicks.common.ProblemType;
import io.inversionpicks.common.Suggestions;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rejects query parameters that the matched endpoint does not declare. A typo such as {@code begginer=true} would
 * otherwise be ignored silently and the reader would get unfiltered results; here it gets a 400 naming the
 * parameter and the closest valid one. Except when a {@link DecisiveParameter} has a value: that answer stands
 * whatever else was sent.
 */
public class QueryParameterGuard {

    /** Parameters every endpoint tolerates: cache busters and link attribution added by blogs and CDNs. */
    private static final Set<String> ALWAYS_ALLOWED = Set.of("utm_source", "utm_medium", "utm_campaign",
            "utm_content", "utm_term", "fbclid", "gclid", "_");

    /** The query parameters an endpoint declares, and those of them that are {@link DecisiveParameter}s. */
    private record Declared(Set<String> names, Map<String, DecisiveParameter.Settles> decisive) {
    }

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter(nonBlocking = true)
    public Optional<RestResponse<Problem>> rejectUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        Map<String, List<String>> query = request.getUriInfo().getQueryParameters();
        if (query.isEmpty()) {
            return Optional.empty();
        }
        Declared declaration = declared.computeIfAbsent(method, QueryParameterGuard::declaration);
        if (declaration.decisive().entrySet().stream().anyMatch(decisive -> hasValue(query.get(decisive.getKey()))
                && decisive.getValue().settles(query.get(decisive.getKey())))) {
            return Optional.empty();
        }
        Set<String> known = declaration.names();
        List<ProblemError> errors = new ArrayList<>();
        for (String name : query.keySet()) {
            if (!known.contains(name) && !ALWAYS_ALLOWED.contains(name)) {
                String suggestion = Suggestions.closest(name, known).orElse(null);
                String message = "unknown parameter" + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?");
                errors.add(new ProblemError(name, null, null, null, null, message, List.copyOf(known), suggestion));
            }
        }
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        String detail = errors.size() == 1 ? errors.get(0).parameter() + ": " + errors.get(0).message()
                : errors.size() + " unknown query parameters";
        return Optional.of(ProblemMappers.respond(Problem.of(ProblemType.UNKNOWN_PARAMETER, detail, errors)
                .at(request.getUriInfo().getPath())));
    }

    private static boolean hasValue(List<String> values) {
        return values != null && values.stream().anyMatch(ParamReader::namesSomething);
    }

    private static Declared declaration(Method method) {
        java.util.SortedSet<String> names = new TreeSet<>();
        Map<String, DecisiveParameter.Settles> decisive = new HashMap<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                collectFields(parameter.getType(), names, decisive);
            }
        }
        return new Declared(java.util.Collections.unmodifiableSortedSet(names), Map.copyOf(decisive));
    }

    private static void collectFields(Class<?> beanType, Set<String> names,
                                      Map<String, DecisiveParameter.Settles> decisive) {
        for (Class<?> type = beanType; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    names.add(query.value());
                    DecisiveParameter settling = field.getAnnotation(DecisiveParameter.class);
                    if (settling != null) {
                        decisive.put(query.value(), instance(settling.when()));
                    }
                }
                if (field.isAnnotationPresent(BeanParam.class)) {
                    collectFields(field.getType(), names, decisive);
                }
            }
        }
    }

    private static DecisiveParameter.Settles instance(Class<? extends DecisiveParameter.Settles> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " needs a public no-argument constructor", e);
        }
    }
}
