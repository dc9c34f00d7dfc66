package io.newsflow.ingest.robots;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The robots.txt verdict for one origin (scheme, host, port), valid until {@code expires}.
 *
 * @param rules      what crawler-commons parsed (or allow-all / disallow-all after a failed fetch)
 * @param crawlDelay the Crawl-delay for our agent, already capped; zero when none was given
 * @param sitemaps   {@code Sitemap:} lines, for sitemap discovery
 * @param expires    when the origin's robots.txt must be fetched again
 * @param why        how the verdict came about, for logs ("200", "404 → allow all", "503 → back off")
 * @param unreachable robots.txt could not be read (5xx, 429, timeout): everything is disallowed until
 *                    {@code expires}, and callers should wait rather than give up on their URLs
 */
public record RobotsRules(
        BaseRobotRules rules,
        Duration crawlDelay,
        List<String> sitemaps,
        Instant expires,
        String why,
        boolean unreachable) {

    public RobotsRules {
        sitemaps = List.copyOf(sitemaps);
    }

    public boolean allows(URI url) {
        return rules.isAllowed(url.toString());
    }

    boolean isFresh(Instant now) {
        return now.isBefore(expires);
    }
}
