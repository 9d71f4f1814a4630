package io.inversionpicks.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/**
 * RFC 9457 problem details. Every client error of the API is one of these, so that a blogger's script can show
 * the {@code detail} and each {@code errors} entry tells exactly which parameter (or file) to fix.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(example = "https://inversionpicks.io/problems/invalid-parameter") URI type,
        @Schema(example = "Invalid query parameter") String title,
        @Schema(example = "400") int status,
        @Schema(example = "beginner must be true or false, not 'maybe'") String detail,
        @Schema(example = "/products") String instance,
        List<ProblemError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://inversionpicks.io/problems/";

    public static Problem of(ProblemType type, String detail, List<ProblemError> errors) {
        return new Problem(URI.create(TYPE_BASE + type.slug), type.title, type.status, detail, null, errors);
    }

    public boolean is(ProblemType kind) {
        return URI.create(TYPE_BASE + kind.slug).equals(type);
    }

    public Problem at(String instancePath) {
        return new Problem(type, title, status, detail, instancePath, errors);
    }

    /** One concrete thing that is wrong: a query parameter, or a catalogue field in a file. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "ProblemError")
    public record ProblemError(
            @Schema(description = "query parameter at fault", example = "beginner") String parameter,
            @Schema(description = "catalogue file at fault", example = "products/teeter-fitspine-x3.yaml") String file,
            @Schema(example = "12") Integer line,
            @Schema(example = "3") Integer column,
            @Schema(description = "catalogue field at fault", example = "offers[0].url") String field,
            @Schema(example = "must be true or false") String message,
            @Schema(description = "values that would be accepted") List<String> allowed,
            @Schema(description = "the closest valid name, for a typo", example = "beginner") String didYouMean) {

        public static ProblemError parameter(String parameter, String message, List<String> allowed) {
            return new ProblemError(parameter, null, null, null, null, message, allowed, null);
        }

        public static ProblemError parameter(String parameter, String message) {
            return parameter(parameter, message, List.of());
        }
    }
}
