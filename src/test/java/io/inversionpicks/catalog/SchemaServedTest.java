package io.inversionpicks.catalog;

import io.inversionpicks.catalog.load.CatalogueFileKind;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The repository's JSON Schemas are served as they are, at the URL the editors' guide documents. */
@QuarkusTest
class SchemaServedTest {

    private static final Path SCHEMAS = Path.of("src/main/resources/META-INF/resources/schemas");

    @ParameterizedTest
    @EnumSource(CatalogueFileKind.class)
    void eachSchemaIsServedUnderSchemas(CatalogueFileKind kind) throws Exception {
        String url = "/schemas/" + kind.schema();
        given().get(url).then().statusCode(200)
                .contentType(containsString("json"))
                .body("$id", equalTo("https://inversionpicks.io" + url))
                .body(equalTo(Files.readString(SCHEMAS.resolve(kind.schema()))));
    }
}
