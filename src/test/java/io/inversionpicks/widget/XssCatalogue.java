package io.inversionpicks.widget;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Serves the test catalogue whose product texts are script and markup (src/test/resources/catalogs/xss). */
public class XssCatalogue implements QuarkusTestProfile {

    static final String SCRIPT_NAME = "<script>alert(1)</script>";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("catalog.path", "src/test/resources/catalogs/xss");
    }
}
