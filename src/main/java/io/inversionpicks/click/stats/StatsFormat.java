package io.inversionpicks.click.stats;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The representations of the click statistics. JSON comes first, so a client that accepts anything gets JSON. */
public enum StatsFormat {
    JSON(MediaType.APPLICATION_JSON_TYPE),
    CSV(new MediaType("text", "csv", "UTF-8")),
    HTML(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));

    public static final String CSV_MEDIA_TYPE = "text/csv";
    private static final List<Variant> VARIANTS = Variant.mediaTypes(
            Arrays.stream(values()).map(f -> f.mediaType).toArray(MediaType[]::new)).build();

    final MediaType mediaType;

    StatsFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> params() {
        return Arrays.stream(values()).map(StatsFormat::param).toList();
    }

    static StatsFormat fromParam(String param) {
        return valueOf(param.toUpperCase(Locale.ROOT));
    }

    /** What the Accept header prefers; JAX-RS has already refused (406) an Accept none of these satisfies. */
    static StatsFormat negotiate(Request request) {
        Variant chosen = request.selectVariant(VARIANTS);
        if (chosen != null) {
            for (StatsFormat format : values()) {
                if (format.mediaType.isCompatible(chosen.getMediaType())) {
                    return format;
                }
            }
        }
        return JSON;
    }
}
