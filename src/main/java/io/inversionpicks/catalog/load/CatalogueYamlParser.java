package io.inversionpicks.catalog.load;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

import java.io.IOException;
import java.io.Reader;

/**
 * Jackson's YAML parser with the SnakeYAML event behind the current token in view. Jackson turns anchors, aliases
 * and tags into plain values without a trace (an alias {@code *pin-lock} becomes the text "pin-lock"); the event
 * tells them apart, and tells where a value starts and ends and how it was quoted.
 */
final class CatalogueYamlParser extends YAMLParser {

    private CatalogueYamlParser(IOContext context, int parserFeatures, int formatFeatures, LoaderOptions options,
                                Reader reader) {
        super(context, parserFeatures, formatFeatures, options, null, reader);
    }

    /** Creates parsers whose limits agree with ours, so ours are always the ones an editor sees. */
    static YAMLFactory factory(FileLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(limits.codePointLimit());
        YAMLFactoryBuilder builder = YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(Math.max(limits.maxDepth() + 1, StreamReadConstraints.DEFAULT_MAX_DEPTH))
                        .maxStringLength(Math.max(limits.codePointLimit(), StreamReadConstraints.DEFAULT_MAX_STRING_LEN))
                        .build());
        return new Factory(builder);
    }

    /** The event of the current token: a scalar, alias, mapping or sequence start. */
    Event event() {
        return _lastEvent;
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
        // Decoded as if untagged, so that the reader can report the tag at its line (the event keeps it) instead of
        // Jackson failing on it (!!binary) or quietly acting on it (!!float "1").
        ScalarEvent untagged = scalar.getTag() == null ? scalar : new ScalarEvent(scalar.getAnchor(), null,
                scalar.getImplicit(), scalar.getValue(), scalar.getStartMark(), scalar.getEndMark(),
                scalar.getScalarStyle());
        return super._decodeScalar(untagged);
    }

    private static final class Factory extends YAMLFactory {

        Factory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) {
            return new CatalogueYamlParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, reader);
        }
    }
}
