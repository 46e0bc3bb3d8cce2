package io.learnpath.platform.test.http;

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

/**
 * HTTP/1.1 written byte for byte on a socket, for the requests a well-behaved client refuses to send: {@code CONNECT},
 * {@code TRACE}, {@code %00} or {@code ..} in a path, request lines and headers of any size. The connection is
 * closed after the answer ({@code Connection: close}), which is read to its end.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** The answer: status, headers (names in lower case) and the body (chunked transfer decoded). */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Sends {@code requestLine} (e.g. {@code "TRACE /api HTTP/1.1"}) with a Host header, the given extra header lines
     * and {@code Connection: close}, and no body.
     */
    public static Answer send(int port, String requestLine, String... headerLines) {
        return sendWithBody(port, new byte[0], requestLine, headerLines);
    }

    /**
     * As {@link #send}, followed by {@code body} as it is: whatever the headers announce ({@code Content-Length},
     * chunked), so a test can send less than announced, or chunks of its own making. The answer is read without
     * closing the request side, as a client still sending would.
     */
    public static Answer sendWithBody(int port, byte[] body, String requestLine, String... headerLines) {
        StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1:").append(port)
                .append("\r\n");
        for (String header : headerLines) {
            request.append(header).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
            } catch (java.net.SocketException refusedBeforeItWasAllSent) {
                // A server may answer and close before it has read an oversized body; its answer is still there.
            }
            return parse(readAnswer(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads until the server closes the connection or, when the answer says how long its body is, until that body
     * is in: a server refusing a request whose body was announced but never sent may keep waiting for it.
     */
    private static byte[] readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read; (read = in.read(buffer)) != -1;) {
                out.write(buffer, 0, read);
                if (complete(out.toByteArray())) {
                    break;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            throw new IllegalStateException("No complete answer within the timeout; received: "
                    + out.toString(StandardCharsets.ISO_8859_1), e);
        } catch (java.net.SocketException closedWhileTheRequestWasStillBeingSent) {
            // A server may answer and close before reading all of an oversized request; keep what arrived.
        }
        return out.toByteArray();
    }

    private static boolean complete(byte[] soFar) {
        String text = new String(soFar, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return false;
        }
        for (String line : text.substring(0, headEnd).split("\r\n")) {
            String lowerCase = line.toLowerCase(Locale.ROOT);
            if (lowerCase.startsWith("content-length:")) {
                return soFar.length >= headEnd + 4 + Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
            if (lowerCase.startsWith("transfer-encoding:") && lowerCase.contains("chunked")) {
                return text.endsWith("\r\n0\r\n\r\n");
            }
        }
        return false;
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            throw new IllegalStateException("No complete HTTP answer: " + text);
        }
        String[] lines = text.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(headEnd + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, body);
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                return body.toString();
            }
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            // Sizes count bytes; the problem bodies checked with this are ASCII, so characters are bytes.
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
