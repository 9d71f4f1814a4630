package io.inversionpicks.sync.feed;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import java.io.IOException;

/** Turns a parser's or a stream's failure into a {@link FeedException} that names the format and the position. */
final class FeedErrors {

    private FeedErrors() {
    }

    static FeedException broken(FeedFormat format, Exception failure) {
        XMLStreamException xml = failure instanceof XMLStreamException x ? x
                : failure.getCause() instanceof XMLStreamException x ? x : null;
        if (xml != null) {
            Location at = xml.getLocation();
            return new FeedException(format, what(format, xml) + firstLine(xml.getMessage()),
                    at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(), failure);
        }
        if (failure instanceof JsonProcessingException parsing) {
            JsonLocation at = parsing.getLocation();
            return new FeedException(format, what(format, parsing) + firstLine(parsing.getOriginalMessage()),
                    at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(), failure);
        }
        if (failure instanceof IOException) {
            return new FeedException(format, "could not be read to the end: " + failure, -1, -1, failure);
        }
        return new FeedException(format, "could not be read: " + failure, -1, -1, failure);
    }

    private static String what(FeedFormat format, Exception failure) {
        boolean endedEarly = failure instanceof JsonEOFException
                || failure.getClass().getSimpleName().contains("EOF");
        return endedEarly ? "the feed ends too early, it may have been cut off: "
                : "not valid " + format.name() + ": ";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
