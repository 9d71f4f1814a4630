package io.inversionpicks.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 exchange on a connection of its own, exactly as sent and received: no client library adds headers or
 * decodes the body (a gzip body stays gzip), so two answers can be compared byte for byte.
 */
final class RawExchange {

    /**
     * @param headers each header line as name and value, in the order received
     * @param body    the bytes after the head, as sent
     */
    record Reply(int status, List<String[]> headers, byte[] body) {

        /** The headers by lower-case name (HTTP names are case-insensitive), values in the order received. */
        Map<String, List<String>> headerMap() {
            Map<String, List<String>> map = new TreeMap<>();
            headers.forEach(h -> map.computeIfAbsent(h[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(h[1]));
            return map;
        }

        String header(String name) {
            List<String> values = headerMap().get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }
    }

    private RawExchange() {
    }

    /** Sends {@code method target} with a Host header, {@code headers} in order, and Connection: close. */
    static Reply send(int port, String method, String target, Map<String, String> headers) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply parse(byte[] all) {
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            throw new IllegalStateException("no complete response head in " + new String(all, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new String[]{lines[i].substring(0, colon), lines[i].substring(colon + 1).trim()});
        }
        return new Reply(status, headers, Arrays.copyOfRange(all, end + 4, all.length));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
