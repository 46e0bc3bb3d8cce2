package io.learnpath.progress.export.web;

import io.learnpath.platform.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The export's two formats and how a request picks one: {@code ?format=} wins (a link in a browser cannot set
 * {@code Accept}); otherwise the {@code Accept} header, by quality, JSON on a tie ({@code *}{@code /*}, no header).
 */
public enum ExportFormat {

    JSON(MediaType.APPLICATION_JSON),
    CSV(new MediaType("text", "csv", StandardCharsets.UTF_8));

    private final MediaType mediaType;

    ExportFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /**
     * @param format the {@code format} parameter, or null
     * @param accept the {@code Accept} header, or null
     * @return empty when {@code Accept} allows neither format
     * @throws InvalidInputException ({@code format}) for a format other than json or csv
     */
    public static Optional<ExportFormat> chosen(String format, String accept) {
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "json" -> Optional.of(JSON);
                case "csv" -> Optional.of(CSV);
                default -> throw new InvalidInputException("format", "must be json or csv");
            };
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            // As Spring answers an unreadable Accept elsewhere: as if it had not been sent.
            return Optional.of(JSON);
        }
        double json = quality(JSON, accepted);
        double csv = quality(CSV, accepted);
        if (json == 0 && csv == 0) {
            return Optional.empty();
        }
        return Optional.of(csv > json ? CSV : JSON);
    }

    /** The highest quality any accepted range gives the format; 0 when none includes it. */
    private static double quality(ExportFormat format, List<MediaType> accepted) {
        return accepted.stream().filter(range -> range.includes(format.mediaType))
                .mapToDouble(MediaType::getQualityValue).max().orElse(0);
    }
}
