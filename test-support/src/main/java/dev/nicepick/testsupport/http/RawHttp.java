package dev.nicepick.testsupport.http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 written byte by byte on a socket, for requests a well-behaved client refuses to send (control
 * characters or stray bytes in a header, a path exactly as given). One request per connection.
 */
public final class RawHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /**
     * @param requestTarget sent as is, e.g. {@code /api/topics?q=a%00b}
     * @param headers       name and value, each value's chars sent as single bytes (ISO-8859-1), so
     *                      {@code "\u00c0\u0080"} sends the bytes C0 80
     */
    public Reply get(String requestTarget, Map<String, String> headers) {
        return send("GET", requestTarget, headers, new byte[0]);
    }

    /** As {@link #get}, with a body of exactly these bytes (and its Content-Length) when not empty. */
    public Reply send(String method, String requestTarget, Map<String, String> headers, byte[] body) {
        StringBuilder request = new StringBuilder(method).append(' ').append(requestTarget).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (body.length > 0) {
            request.append("Content-Length: ").append(body.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            return Reply.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + requestTarget + " failed", e);
        }
    }

    /**
     * As {@link #send(String, String, Map, byte[])}, with headers given as lines ({@code "Name: value"}) and a
     * text body sent as UTF-8 ({@code null} for none).
     */
    public Reply send(String method, String requestTarget, String body, String... headerLines) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : headerLines) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon), line.substring(colon + 1).trim());
        }
        return send(method, requestTarget, headers, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    /** @param headers names in lower case; the body de-chunked */
    public record Reply(int status, Map<String, String> headers, String body) {

        static Reply parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            String[] lines = head.split("\r\n");
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
                }
            }
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(body);
            }
            return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        }

        private static String dechunk(String chunked) {
            if (chunked.isEmpty()) {
                return chunked; // an answer to HEAD
            }
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    return body.toString();
                }
                // sizes count bytes; bodies here are ASCII JSON
                body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
