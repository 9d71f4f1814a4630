package io.inversionpicks.web;

import io.inversionpicks.common.SiteConfig;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the contract at {@code /q/openapi} says about the whole service, so that it passes Redocly's recommended
 * rules and generated clients know where and how to call it:
 * <ul>
 *     <li>one {@code servers} entry, {@code site.public-base-url}: the address readers' browsers and API users reach
 *     (read at start-up, so each deployment's contract names its own);</li>
 *     <li>{@code security: []} on every operation that declares no requirement: the public reads need none. The
 *     {@code /admin} operations carry the HTTP Basic requirement Quarkus adds for {@code @RolesAllowed};</li>
 *     <li>the licence;</li>
 *     <li>nullable values that SmallRye writes in a way JSON Schema does not mean: a nullable enum lists {@code null}
 *     among its values, and a nullable reference to another schema becomes {@code anyOf: [ref, null]} (a
 *     {@code type} beside a {@code $ref} would still require the referenced object).</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ContractDocs implements OASFilter {

    /** No licence file ships with the service: its contract is the publisher's, all rights reserved. */
    static final String LICENCE_NAME = "Proprietary: all rights reserved";
    static final String LICENCE_IDENTIFIER = "LicenseRef-Proprietary";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        SiteConfig site = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(SiteConfig.class);
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(site.publicBaseUrl())
                .description(site.name()))));
        if (openAPI.getInfo() != null && openAPI.getInfo().getLicense() == null) {
            openAPI.getInfo().license(OASFactory.createLicense().name(LICENCE_NAME).identifier(LICENCE_IDENTIFIER));
        }
        Optional.ofNullable(openAPI.getPaths()).map(paths -> paths.getPathItems()).orElse(Map.of()).values()
                .forEach(ContractDocs::publicUnlessDeclared);
        Optional.ofNullable(openAPI.getComponents()).map(c -> c.getSchemas()).orElse(Map.of()).values()
                .forEach(ContractDocs::fixNullables);
    }

    private static void publicUnlessDeclared(PathItem item) {
        for (Operation operation : item.getOperations().values()) {
            if (operation.getSecurity() == null) {
                operation.setSecurity(new ArrayList<>());
            }
        }
    }

    private static void fixNullables(Schema schema) {
        if (schema == null) {
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            // A fresh map: SmallRye's holds its entries' type observers (a reference follows its target's type).
            Map<String, Schema> fixed = new LinkedHashMap<>();
            properties.forEach((name, property) -> fixed.put(name, fixNullable(property)));
            schema.setProperties(fixed);
        }
        if (schema.getItems() != null) {
            schema.setItems(fixNullable(schema.getItems()));
        }
    }

    /** The schema itself, corrected in place, or a new one where a nullable reference must become an anyOf. */
    private static Schema fixNullable(Schema schema) {
        if (schema == null) {
            return null;
        }
        List<Schema.SchemaType> types = schema.getType();
        boolean nullable = types != null && types.contains(Schema.SchemaType.NULL);
        if (nullable && schema.getRef() != null) {
            return OASFactory.createSchema().description(schema.getDescription())
                    .anyOf(new ArrayList<>(List.of(OASFactory.createSchema().ref(schema.getRef()),
                            OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
        }
        if (!nullable && schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(ContractDocs::isNull)) {
            // SmallRye's own anyOf [ref, null] for a nullable reference, with a "type: object" that refuses null
            return OASFactory.createSchema().description(schema.getDescription())
                    .anyOf(new ArrayList<>(schema.getAnyOf()));
        }
        if (nullable && schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        fixNullables(schema);
        return schema;
    }

    private static boolean isNull(Schema schema) {
        return schema != null && schema.getRef() == null && List.of(Schema.SchemaType.NULL).equals(schema.getType());
    }
}
