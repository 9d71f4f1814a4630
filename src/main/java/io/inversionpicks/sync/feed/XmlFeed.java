package io.inversionpicks.sync.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;

/**
 * Reads XML feeds with StAX (Woodstox): walks to each item element and binds that element alone, so only one
 * product is ever in memory, however large the feed.
 */
final class XmlFeed {

    private static final XmlMapper MAPPER = new XmlMapper();
    private static final XMLInputFactory INPUT = MAPPER.getFactory().getXMLInputFactory();

    static {
        // A feed comes from a third party: no DTD, so no external entities to read local files or URLs with (XXE).
        // Jackson sets these already; they are repeated so that no change of defaults can undo them.
        INPUT.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        INPUT.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XmlFeed() {
    }

    static void read(FeedStart start, FeedMapping mapping, FeedTally tally) {
        XMLStreamReader xml = null;
        try {
            xml = INPUT.createXMLStreamReader(start.body());
            boolean root = true;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (root && xml.getLocalName().equalsIgnoreCase("html")) {
                    throw new FeedException(FeedFormat.XML, "an HTML page was served instead of the feed; the feed "
                            + "URL may lead to an error or login page", xml.getLocation().getLineNumber(),
                            xml.getLocation().getColumnNumber(), null);
                }
                root = false;
                if (xml.getLocalName().equalsIgnoreCase(mapping.itemElement())) {
                    // binds this element and leaves the reader on its end tag, so nested ones are part of it
                    tally.record(new JsonFields(MAPPER.readValue(xml, JsonNode.class)));
                }
            }
        } catch (XMLStreamException | IOException e) {
            throw FeedErrors.broken(FeedFormat.XML, e);
        } finally {
            close(xml);
        }
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close(); // leaves the stream open: StAX readers never close what they were given
            } catch (XMLStreamException ignored) {
                // the feed is read or failed already; nothing useful can come of this
            }
        }
    }
}
