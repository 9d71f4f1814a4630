package io.inversionpicks.recommend;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Writes the configured {@code recommend.max-limit} and {@code recommend.default-limit} into the contract as the
 * maximum and default of {@code GET /recommendations?limit}. An annotation can only hold a constant fixed at build
 * time, while the limits are configuration read at run time (and may differ per deployment), so the contract could
 * promise what the validation refuses; this filter runs at start-up, with the configuration the validation uses.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class RecommendLimitDocs implements OASFilter {

    static final String PATH = "/recommendations";
    static final String PARAMETER = "limit";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        RecommendConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigMapping(RecommendConfig.class);
        List<Parameter> parameters = Optional.ofNullable(openAPI.getPaths()).map(paths -> paths.getPathItem(PATH))
                .map(PathItem::getGET).map(Operation::getParameters).orElse(List.of());
        for (Parameter parameter : parameters) {
            if (PARAMETER.equals(parameter.getName()) && parameter.getSchema() != null) {
                parameter.getSchema().maximum(BigDecimal.valueOf(config.maxLimit()))
                        .defaultValue(config.defaultLimit());
            }
        }
    }
}
