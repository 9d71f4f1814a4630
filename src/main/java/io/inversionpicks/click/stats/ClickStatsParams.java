package io.inversionpicks.click.stats;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of {@code GET /admin/clicks}, as given; {@link ClickStatsService} validates them. */
public class ClickStatsParams {

    @QueryParam("groupBy")
    @Parameter(description = "What to count by (default day)", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"day", "product", "retailer", "placement", "post", "channel"}), example = "product")
    public String groupBy;

    @QueryParam("from")
    @Parameter(description = "First day, inclusive, UTC (default: 29 days before 'to')", example = "2026-11-01")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last day, inclusive, UTC (default: today)", example = "2026-11-23")
    public String to;

    @QueryParam("includeBots")
    @Parameter(description = "Count clicks from potential bots too (default false)", example = "true")
    public String includeBots;

    @QueryParam("limit")
    @Parameter(description = "Most groups returned, busiest first (1-10000, default 100); every day is always "
            + "returned", example = "20")
    public String limit;

    @QueryParam("format")
    @Parameter(description = "Overrides the Accept header", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"json", "csv", "html"}), example = "csv")
    public String format;
}
