package io.newsflow.ingest.frontier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Feeds and sitemaps waiting for their next poll, earliest first. Scheduling a URL again replaces its
 * earlier time, so each URL is due at most once. Not thread-safe: the crawl loop thread owns it.
 */
public final class RepollTimer {

    private record Due(Instant at, CrawlRequest request) {}

    private final PriorityQueue<Due> byTime = new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));
    private final Map<String, Instant> latest = new HashMap<>();

    public void schedule(CrawlRequest request, Instant at) {
        latest.put(request.url().toString(), at);
        byTime.add(new Due(at, request));
    }

    /** Removes and returns the requests whose time has come by {@code now}. */
    public List<CrawlRequest> due(Instant now) {
        List<CrawlRequest> out = new ArrayList<>();
        while (!byTime.isEmpty() && !byTime.peek().at().isAfter(now)) {
            Due d = byTime.poll();
            String url = d.request().url().toString();
            if (d.at().equals(latest.get(url))) { // else superseded by a later schedule() of the same URL
                latest.remove(url);
                out.add(d.request());
            }
        }
        return out;
    }

    public int size() {
        return latest.size();
    }
}
