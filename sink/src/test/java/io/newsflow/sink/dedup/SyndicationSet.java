package io.newsflow.sink.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.sink.SeedReports;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A labelled near-duplicate set made from real article bodies (Mozilla Readability's expected output in
 * shared/extraction-dev): syndicated copies with the edits copies really get, and hard negatives that
 * share text with an original without being a copy of it. Seeded, so every run sees the same set.
 */
final class SyndicationSet {

    /** Chrome an outlet wraps around every article: the boilerplate two different stories share. */
    static final String OUTLET_CHROME = """
            Three years of reporting, funded by our readers. Become a member now and help us prepare for what next year might bring.
            Millions read our newsroom, but only one in ten thousand readers makes a financial contribution. Thanks to our community we have been able to keep our reporting free and accessible to everyone.
            Subscribe to our daily briefing. Enter your email to subscribe. Please enter a correct email address. Thank you for signing up for this newsletter, we have sent you a confirmation email.
            Share this article on Facebook, Twitter, LinkedIn or by email. Leave a reply: your email address will not be published. Required fields are marked.
            Related coverage. Most read. Editors' picks. Advertisement. Skip to content. Cookie settings. Terms of use. Privacy policy.""";

    record Text(String id, String body) {}

    /** @param originalId the article it copies, or null for a hard negative */
    record Probe(String kind, String originalId, String body) {}

    final List<Text> originals = new ArrayList<>();
    final List<Probe> probes = new ArrayList<>();

    static SyndicationSet load() {
        Path file = SeedReports.readabilityGroundTruth();
        SyndicationSet set = new SyndicationSet();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode n = json.readTree(line);
                String body = n.path("articleBody").asText("");
                boolean seenBefore =
                        set.originals.stream().anyMatch(t -> t.body().equals(body));
                if (body.split("\\s+").length >= 250 && !seenBefore) {
                    set.originals.add(new Text(n.path("id").asText(), body));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        set.makeProbes(new Random(20261125));
        return set;
    }

    /**
     * Even-numbered bodies are the indexed originals (bare, and once more wrapped in the outlet's chrome
     * as "chrome-" + id, as their own outlet published them); odd-numbered bodies are never indexed and
     * supply the other stories the negatives are made of.
     */
    private void makeProbes(Random rnd) {
        List<Text> all = List.copyOf(originals);
        originals.clear();
        List<Text> unseen = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 2 == 0 ? originals : unseen).add(all.get(i));
        }
        for (int i = 0; i < originals.size(); i++) {
            Text o = originals.get(i);
            Text other = unseen.get(i % unseen.size());
            Text third = unseen.get((i + 7) % unseen.size());
            List<String> paras = paragraphs(o.body());
            // Copies: what a syndication partner does to a wire story.
            probes.add(new Probe("exact", o.id(), o.body()));
            probes.add(new Probe("dateline+byline", o.id(), "By Staff Reporter\n\nLONDON (Wire) — " + o.body()));
            probes.add(new Probe(
                    "added paragraph",
                    o.id(),
                    insert(paras, rnd.nextInt(paras.size() + 1), firstWords(other.body(), 80))));
            probes.add(new Probe("chrome left in", o.id(), OUTLET_CHROME + "\n\n" + o.body() + "\n\n" + OUTLET_CHROME));
            probes.add(new Probe("word edits", o.id(), editWords(o.body(), 0.03, rnd)));
            probes.add(new Probe(
                    "trimmed end", o.id(), String.join("\n\n", paras.subList(0, Math.max(1, paras.size() * 4 / 5)))));
            probes.add(new Probe(
                    "everything",
                    o.id(),
                    OUTLET_CHROME + "\n\n"
                            + editWords(insert(paras, paras.size() / 2, firstWords(third.body(), 60)), 0.02, rnd)
                            + "\n\nRelated\n\nAdvertisement"));
        }
        for (int i = 0; i < unseen.size(); i++) {
            Text other = unseen.get(i);
            Text background = originals.get((i + 3) % originals.size());
            // Hard negatives: the same outlet's chrome around another story; a follow-up on an indexed
            // story that reuses its closing background paragraphs under a new top.
            probes.add(new Probe(
                    "same outlet, other story", null, OUTLET_CHROME + "\n\n" + other.body() + "\n\n" + OUTLET_CHROME));
            List<String> bg = paragraphs(background.body());
            List<String> top = paragraphs(other.body());
            String followUp = String.join("\n\n", top.subList(0, Math.max(1, top.size() / 2))) + "\n\n"
                    + String.join("\n\n", bg.subList(bg.size() * 2 / 3, bg.size()));
            probes.add(new Probe("follow-up reusing background", null, followUp));
        }
    }

    String body(String id) {
        return originals.stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow()
                .body();
    }

    private static List<String> paragraphs(String body) {
        List<String> out = Arrays.stream(body.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
        return out.isEmpty() ? List.of(body) : out;
    }

    private static String insert(List<String> paras, int at, String extra) {
        List<String> out = new ArrayList<>(paras);
        out.add(Math.min(at, out.size()), extra);
        return String.join("\n\n", out);
    }

    private static String firstWords(String text, int n) {
        String[] w = text.split("\\s+");
        return String.join(" ", Arrays.copyOf(w, Math.min(n, w.length)));
    }

    /** Replaces a share of the words, as a sub-editor changing "said" to "says" or a spelling would. */
    private static String editWords(String text, double share, Random rnd) {
        String[] w = text.split(" ");
        for (int i = 0; i < w.length; i++) {
            if (rnd.nextDouble() < share) {
                w[i] = "edited" + rnd.nextInt(1000);
            }
        }
        return String.join(" ", w);
    }
}
