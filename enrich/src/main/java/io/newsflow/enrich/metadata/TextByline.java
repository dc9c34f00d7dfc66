package io.newsflow.enrich.metadata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "by … date" line of a text page: "by The Kyiv Independent news desk March 17, 2023 2:42 PM 2 min
 * read" gives the author and the publication time, and is metadata rather than article text.
 */
public final class TextByline {

    private static final Pattern PREFIX = Pattern.compile("^(?i)(by|von|par|por|door|di|af|av|written by)\\s*:?\\s+");
    private static final Pattern ENGLISH_DATE = Pattern.compile(
            "(?i)\\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4})"
                    + "(?:,? (?:at )?(\\d{1,2}:\\d{2}) ?([ap]\\.?m\\.?))?");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{1,2}-\\d{1,2}(?:[T ]\\d{1,2}:\\d{2})?");
    private static final Pattern READ_TIME = Pattern.compile("(?i)[|·•,-]?\\s*\\d+\\s*min(ute)?s?\\.?\\s*read\\b.*$");
    private static final DateTimeFormatter DAY = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("MMM d yyyy")
            .toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    public record Byline(List<String> authors, String publishedAt) {}

    private TextByline() {}

    /** The byline's authors and date, or null when the line is not a byline. */
    static Byline parse(String line) {
        String s = line.strip();
        if (!PREFIX.matcher(s).find() || s.split("\\s+").length > 20 || s.matches(".*[.!?]$")) return null;
        s = READ_TIME.matcher(s).replaceFirst("").strip();
        String date = null;
        String names = s;
        Matcher m = ENGLISH_DATE.matcher(s);
        Matcher iso = ISO_DATE.matcher(s);
        if (m.find()) {
            date = englishDate(m);
            names = s.substring(0, m.start());
        } else if (iso.find()) {
            date = Dates.normalize(iso.group());
            names = s.substring(0, iso.start());
        }
        List<String> authors = Bylines.split(names.replaceAll("[\\s|·•,-]+$", ""));
        for (String n : authors) {
            if (!Character.isUpperCase(n.codePointAt(0))) return null;
        }
        return authors.isEmpty() && date == null ? null : new Byline(authors, date);
    }

    private static String englishDate(Matcher m) {
        String day = m.group(1).replace(",", "").replace(".", "").replaceAll("(?i)^sept", "Sep");
        day = day.substring(0, 3) + day.substring(day.indexOf(' '));
        try {
            LocalDateTime t = LocalDate.parse(day, DAY).atStartOfDay();
            if (m.group(2) != null) {
                String[] hm = m.group(2).split(":");
                int h = Integer.parseInt(hm[0]) % 12
                        + (m.group(3).toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0);
                t = t.withHour(h).withMinute(Integer.parseInt(hm[1]));
            }
            // No zone on the page: UTC, as Dates does, is the only honest default.
            return t.atOffset(ZoneOffset.UTC).format(OUT);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
