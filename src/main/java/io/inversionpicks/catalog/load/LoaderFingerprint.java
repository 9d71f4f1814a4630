package io.inversionpicks.catalog.load;

import io.inversionpicks.catalog.model.Catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Identifies how this build turns the catalogue's files into a {@link Catalogue}: the bytes of the schemas, of the
 * classes that read and parse the files, and of every model class a catalogue is bound to. A version recorded in the
 * database is only reused in place of parsing its files, or served before they are checked, when the fingerprint it
 * was recorded with is this build's, so a new release that reads files differently (a new field, a changed default, a
 * YAML construct now refused) never serves a catalogue read the old way.
 */
public final class LoaderFingerprint {

    private static final String VALUE = compute();

    private LoaderFingerprint() {
    }

    public static String value() {
        return VALUE;
    }

    private static String compute() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (CatalogueFileKind kind : CatalogueFileKind.values()) {
            all.writeBytes(resource(SchemaCheck.SCHEMA_RESOURCE_FOLDER + kind.schema()));
        }
        // The rules and the claims word list too: a recorded product's claims are taken as checked (ProductFileCache).
        for (Class<?> reading : new Class<?>[] {CatalogueLoader.class, YamlDocumentReader.class, YamlText.class,
                CatalogueYamlParser.class, CatalogueRules.class, HealthClaims.class, LookAlikeLetters.class}) {
            all.writeBytes(resource(reading.getName().replace('.', '/') + ".class"));
        }
        // Which letters look Latin is ICU's confusables data, which a new ICU release may change.
        all.writeBytes(com.ibm.icu.util.VersionInfo.ICU_VERSION.toString().getBytes(StandardCharsets.UTF_8));
        // The whole catalogue, not only products: a restart serves a stored version's settings too (disclosures,
        // programmes, ranking) until the files are checked, and must not serve them bound the old way.
        for (Class<?> type : modelTypes(Catalogue.class, new LinkedHashSet<>())) {
            all.writeBytes(resource(type.getName().replace('.', '/') + ".class"));
        }
        return YamlDocumentReader.sha256(all.toByteArray());
    }

    /** The record and every record or enum of ours reachable through its components. */
    private static Set<Class<?>> modelTypes(Class<?> type, Set<Class<?>> seen) {
        if (!type.getName().startsWith("io.inversionpicks.") || !seen.add(type)) {
            return seen;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                visit(component.getGenericType(), seen);
            }
        }
        return seen;
    }

    private static void visit(Type type, Set<Class<?>> seen) {
        if (type instanceof Class<?> plain) {
            modelTypes(plain, seen);
        } else if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                visit(argument, seen);
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = LoaderFingerprint.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
