package io.newsflow.ingest.url;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Filters applied in order; the first refusal wins and its reason is logged by the caller. */
public final class UrlFilterChain implements UrlFilter {

    private final List<UrlFilter> filters;

    public UrlFilterChain(List<UrlFilter> filters) {
        this.filters = List.copyOf(filters);
    }

    /** http(s) only, no credentials in URLs, at most 2048 characters, no obvious non-page files. */
    public static UrlFilterChain defaults() {
        return new UrlFilterChain(List.of(
                new SchemeFilter(Set.of("http", "https")),
                new NoCredentialsFilter(),
                new MaxLengthFilter(2048),
                new ExtensionFilter(Set.of(
                        "jpg", "jpeg", "png", "gif", "webp", "svg", "ico", "css", "js", "pdf", "zip", "mp3", "mp4",
                        "avi", "mov", "woff", "woff2", "exe", "dmg", "iso"))));
    }

    @Override
    public Optional<String> reject(URI url) {
        for (UrlFilter f : filters) {
            Optional<String> why = f.reject(url);
            if (why.isPresent()) {
                return why;
            }
        }
        return Optional.empty();
    }

    record SchemeFilter(Set<String> schemes) implements UrlFilter {
        @Override
        public Optional<String> reject(URI url) {
            String s = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            return schemes.contains(s) ? Optional.empty() : Optional.of("scheme '" + s + "' not crawled");
        }
    }

    /** user:pass@host URLs are a classic way to disguise the real host, and we never have credentials anyway. */
    record NoCredentialsFilter() implements UrlFilter {
        @Override
        public Optional<String> reject(URI url) {
            return url.getRawUserInfo() == null ? Optional.empty() : Optional.of("credentials in URL");
        }
    }

    record MaxLengthFilter(int max) implements UrlFilter {
        @Override
        public Optional<String> reject(URI url) {
            return url.toString().length() <= max ? Optional.empty() : Optional.of("longer than " + max + " chars");
        }
    }

    /** Saves a request (and a robots slot) for links that are certainly not articles. */
    record ExtensionFilter(Set<String> extensions) implements UrlFilter {
        @Override
        public Optional<String> reject(URI url) {
            String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
            int dot = path.lastIndexOf('.');
            if (dot < 0 || dot < path.lastIndexOf('/')) {
                return Optional.empty();
            }
            String ext = path.substring(dot + 1);
            return extensions.contains(ext) ? Optional.of("file type ." + ext + " not crawled") : Optional.empty();
        }
    }
}
