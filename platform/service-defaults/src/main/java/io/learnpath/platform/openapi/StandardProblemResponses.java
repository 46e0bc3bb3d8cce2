package io.learnpath.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Documents on every operation the problem responses the platform can answer with, so that no controller has to
 * repeat them: 400 when the operation takes parameters or a body, 401 and 403 when it needs a token, 404 when its
 * path has variables, 412 when it reads {@code If-Match}, and 429 everywhere (the gateway's rate limiter stands
 * in front of every route). A 409 is a business rule only the operation knows, so it is never guessed: the
 * controller declares it with {@code @ApiResponse(responseCode = "409", description = ...)}, and that response,
 * like every 4xx a controller declares, is kept and only given the problem body.
 *
 * <p>Each added response is a {@code $ref} to one shared entry in {@code components.responses}, and every problem
 * body a {@code $ref} to the one {@value #PROBLEM} schema, so the document grows by a line per response. Runs after
 * the public operations are marked ({@code security: []}), since whether a token is needed decides 401 and 403.
 */
public final class StandardProblemResponses implements OpenApiCustomizer {

    /** The media type of every error response (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    /** The name of the problem-details schema in {@code components.schemas}. */
    public static final String PROBLEM = "Problem";

    private static final String IF_MATCH = "If-Match";

    /** The responses this adds, each once in {@code components.responses} under its name. */
    enum Standard {
        BAD_REQUEST("400", "BadRequest", "The request is invalid: a field, parameter or header failed validation "
                + "(type .../validation, with `errors` naming each field) or the body could not be read "
                + "(type .../malformed-request)."),
        UNAUTHORIZED("401", "Unauthorized", "No access token, or one that is expired, forged or not meant for "
                + "Learnpath (type .../unauthorized). Sign in again or renew the token."),
        FORBIDDEN("403", "Forbidden", "The token is valid but its roles do not allow this (type .../forbidden)."),
        NOT_FOUND("404", "NotFound", "Nothing exists at this path, or not for you (type .../not-found)."),
        PRECONDITION_FAILED("412", "PreconditionFailed", "The If-Match ETag no longer matches: the resource was "
                + "changed since you read it (type .../precondition-failed). Read it again and retry."),
        TOO_MANY_REQUESTS("429", "TooManyRequests", "Too many requests from you for now: the gateway's rate "
                + "limit (type .../too-many-requests). Retry after the seconds given in Retry-After.");

        final String code;
        final String name;
        final String description;

        Standard(String code, String name, String description) {
            this.code = code;
            this.name = name;
            this.description = description;
        }

        String ref() {
            return "#/components/responses/" + name;
        }
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getPaths().isEmpty()) {
            return;
        }
        Set<Standard> used = EnumSet.noneOf(Standard.class);
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            List<Standard> applicable = applicable(openApi, path, item, operation);
            used.addAll(applicable);
            document(operation, applicable);
        }));
        Components components = openApi.getComponents() != null ? openApi.getComponents() : new Components();
        openApi.setComponents(components);
        // Only what is referenced: an unused component is a lint warning and noise in Swagger UI.
        for (Standard standard : used) {
            if (components.getResponses() == null || !components.getResponses().containsKey(standard.name)) {
                components.addResponses(standard.name, response(standard));
            }
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM)) {
            components.addSchemas(PROBLEM, problemSchema());
        }
    }

    static List<Standard> applicable(OpenAPI openApi, String path, PathItem item, Operation operation) {
        List<Parameter> parameters = Stream.concat(
                item.getParameters() == null ? Stream.empty() : item.getParameters().stream(),
                operation.getParameters() == null ? Stream.empty() : operation.getParameters().stream()).toList();
        List<Standard> applicable = new ArrayList<>();
        if (!parameters.isEmpty() || operation.getRequestBody() != null) {
            applicable.add(Standard.BAD_REQUEST);
        }
        if (needsToken(openApi, operation)) {
            applicable.add(Standard.UNAUTHORIZED);
            applicable.add(Standard.FORBIDDEN);
        }
        if (path.contains("{")) {
            applicable.add(Standard.NOT_FOUND);
        }
        if (parameters.stream().anyMatch(parameter -> "header".equals(parameter.getIn())
                && IF_MATCH.equalsIgnoreCase(parameter.getName()))) {
            applicable.add(Standard.PRECONDITION_FAILED);
        }
        applicable.add(Standard.TOO_MANY_REQUESTS);
        return applicable;
    }

    /** Its own requirements if it has a list ({@code []} = public), else the document's; {@code {}} = optional. */
    private static boolean needsToken(OpenAPI openApi, Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity() != null ? operation.getSecurity()
                : openApi.getSecurity();
        return requirements != null && !requirements.isEmpty()
                && requirements.stream().noneMatch(SecurityRequirement::isEmpty);
    }

    private static void document(Operation operation, List<Standard> applicable) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        for (Standard standard : applicable) {
            if (!responses.containsKey(standard.code)) {
                responses.addApiResponse(standard.code, new ApiResponse().$ref(standard.ref()));
            }
        }
        // What a controller declares stays, with its own description; but an error is always a problem, whatever
        // the operation produces otherwise (springdoc would describe a declared 409 with the success body).
        responses.forEach((code, response) -> {
            if (code.startsWith("4") && response.get$ref() == null && !hasProblemBody(response)) {
                response.setContent(problemContent());
            }
        });
        operation.setResponses(inCodeOrder(responses));
    }

    private static boolean hasProblemBody(ApiResponse response) {
        return response.getContent() != null && response.getContent().containsKey(PROBLEM_JSON);
    }

    private static ApiResponses inCodeOrder(ApiResponses responses) {
        // Readers scan responses by code: keep them sorted, "default" last.
        Map<String, ApiResponse> sorted = new LinkedHashMap<>();
        responses.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing((String code) -> code.equals("default"))
                        .thenComparing(Comparator.naturalOrder())))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        ApiResponses ordered = new ApiResponses();
        ordered.putAll(sorted);
        ordered.setExtensions(responses.getExtensions());
        return ordered;
    }

    private static ApiResponse response(Standard standard) {
        ApiResponse response = new ApiResponse().description(standard.description).content(problemContent());
        if (standard == Standard.TOO_MANY_REQUESTS) {
            response.addHeaderObject("Retry-After", new Header()
                    .description("Seconds to wait before the next request will be accepted")
                    .schema(typed("integer").minimum(BigDecimal.ONE)));
        }
        return response;
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    static Schema<?> problemSchema() {
        Schema<?> fieldError = typed("object")
                .addProperty("field", typed("string").description("The field, parameter or header, e.g. `email`"))
                .addProperty("message", typed("string").description("What is wrong with it"));
        fieldError.setRequired(List.of("field", "message"));
        Schema<?> problem = typed("object")
                .description("An RFC 9457 problem detail. Branch on `type`, never on the wording of `title` or "
                        + "`detail`.")
                .addProperty("type", typed("string").format("uri")
                        .description("The kind of problem, stable: `https://learnpath.io/problems/<kind>`"))
                .addProperty("title", typed("string").description("A short summary of the kind of problem"))
                .addProperty("status", typed("integer").format("int32").description("The HTTP status code"))
                .addProperty("detail", typed("string").description("What went wrong with this request"))
                .addProperty("instance", typed("string").format("uri-reference")
                        .description("The request path the problem occurred on"))
                .addProperty("errors", typed("array").items(fieldError)
                        .description("Validation problems only: each invalid field and why"));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }

    private static Schema<Object> typed(String type) {
        // OpenAPI 3.1 (JSON Schema) reads `types`; 3.0 reads `type`: set both so either serialisation shows it.
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(new LinkedHashSet<>(Set.of(type)));
        return schema;
    }
}
