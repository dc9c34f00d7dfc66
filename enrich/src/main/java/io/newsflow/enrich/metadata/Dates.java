package io.newsflow.enrich.metadata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the many date spellings of pages to ISO-8601 with a zone offset. A time without zone is
 * taken as UTC (the only honest default without the site's zone); a bare date becomes midnight UTC.
 */
public final class Dates {
    private static final Pattern ISO_LIKE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|UTC|GMT)?");
    private static final List<DateTimeFormatter> TEXTUAL = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern("EEE MMM d HH:mm:ss z yyyy")
                    .toFormatter(Locale.ENGLISH));

    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private static final int MAX_LENGTH = 100;

    private Dates() {}

    /** The date in ISO-8601 with an offset, or null when it is not one. */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip();
        if (s.length() > MAX_LENGTH) return null; // page-controlled: no date spelling is longer
        if (s.matches("\\d{12,13}")) { // epoch milliseconds
            return OffsetDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(s)), ZoneOffset.UTC)
                    .toString();
        }
        Matcher m = ISO_LIKE.matcher(s);
        return m.find() ? isoLike(m) : textual(s);
    }

    /** 2026-03-17, 2026-03-17T14:42, with seconds and an offset or zone name when they are there. */
    private static String isoLike(Matcher m) {
        try {
            int y = Integer.parseInt(m.group(1)), mo = Integer.parseInt(m.group(2)), d = Integer.parseInt(m.group(3));
            if (y < 1900 || y > 2100) return null;
            LocalDateTime t = m.group(4) == null
                    ? LocalDate.of(y, mo, d).atStartOfDay()
                    : LocalDateTime.of(
                            y,
                            mo,
                            d,
                            Integer.parseInt(m.group(4)),
                            Integer.parseInt(m.group(5)),
                            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return format(OffsetDateTime.of(t, offset(m.group(7))));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "Fri, 17 Mar 2023 14:42:00 GMT" and the other spellings in {@code TEXTUAL}. */
    private static String textual(String s) {
        for (DateTimeFormatter f : TEXTUAL) {
            try {
                return format(ZonedDateTime.parse(s, f).toOffsetDateTime());
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        return null;
    }

    private static ZoneOffset offset(String z) {
        if (z == null || z.equals("Z") || z.equals("UTC") || z.equals("GMT")) return ZoneOffset.UTC;
        String t = z.replace(":", "");
        int sign = t.charAt(0) == '-' ? -1 : 1;
        int hh = Integer.parseInt(t.substring(1, 3)), mm = t.length() >= 5 ? Integer.parseInt(t.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hh, sign * mm);
    }

    private static String format(OffsetDateTime t) {
        return t.format(OUT);
    }
}
