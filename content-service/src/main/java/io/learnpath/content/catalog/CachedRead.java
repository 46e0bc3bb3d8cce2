package io.learnpath.content.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A public read ready to send: the JSON body as bytes (written to the response as they are), its strong ETag (a
 * hash of the body, so equal bodies share a tag whichever instance built them) and the release it was read from.
 * Gzipped on first demand and kept (a roadmap tree shrinks from about 60 kB to 12 kB): compressing once per
 * cached read rather than once per response is part of what the cache saves.
 */
public final class CachedRead {

    private final int release;
    private final String etag;
    private final byte[] body;
    private volatile byte[] gzipped;

    CachedRead(int release, String etag, byte[] body) {
        this.release = release;
        this.etag = etag;
        this.body = body;
    }

    public static CachedRead of(int release, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return new CachedRead(release, etagOf(body), body);
    }

    public int release() {
        return release;
    }

    public String etag() {
        return etag;
    }

    public byte[] body() {
        return body;
    }

    public String json() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body gzipped; computed once (two threads racing compute the same bytes, and either result will do). */
    public byte[] gzipped() {
        byte[] compressed = gzipped;
        if (compressed == null) {
            compressed = gzip(body);
            gzipped = compressed;
        }
        return compressed;
    }

    /** The ETag of the gzipped representation: another representation, so another strong tag. */
    public String gzippedEtag() {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    /** One Redis string: release, ETag and body on their own lines (the body may hold more lines). */
    String encode() {
        return release + "\n" + etag + "\n" + json();
    }

    static CachedRead decode(String value) {
        int first = value.indexOf('\n');
        int second = value.indexOf('\n', first + 1);
        return new CachedRead(Integer.parseInt(value.substring(0, first)), value.substring(first + 1, second),
                value.substring(second + 1).getBytes(StandardCharsets.UTF_8));
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Compressing in memory cannot fail", e);
        }
        return compressed.toByteArray();
    }
}
