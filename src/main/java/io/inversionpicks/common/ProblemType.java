package io.inversionpicks.common;

/** The kinds of problem the API reports; the slug becomes the problem {@code type} URI. */
public enum ProblemType {
    INVALID_PARAMETER("invalid-parameter", "Invalid query parameter", 400),
    UNKNOWN_PARAMETER("unknown-parameter", "Unknown query parameter", 400),
    NOT_FOUND("not-found", "Not found", 404),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    INVALID_HEADER("invalid-header", "Invalid request header", 400),
    BODY_TOO_LARGE("body-too-large", "Request body too large", 413),
    LENGTH_REQUIRED("length-required", "Length required", 411),
    INVALID_CATALOGUE("invalid-catalogue", "The catalogue files are invalid", 422),
    RELOAD_STOPPED("reload-stopped", "The reload was stopped", 409),
    UNAVAILABLE("unavailable", "Service unavailable", 503),
    INTERNAL("internal", "Internal error", 500);

    final String slug;
    final String title;
    final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
