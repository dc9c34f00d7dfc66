package io.newsflow.sink.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.sink.SeedReports;
import io.newsflow.sink.state.MapTable;
import io.newsflow.sink.stories.LabelledStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

    private final MapTable<String> buckets = new MapTable<>();
    private final MapTable<String> originals = new MapTable<>();
    private final NearDuplicateIndex index = new NearDuplicateIndex(DedupSettings.defaults(), buckets, originals);

    private Optional<NearDuplicateIndex.Match> find(String id, String text) {
        return index.findOriginal(id, "hash-" + text.hashCode(), index.fingerprint(text));
    }

    private void add(String id, String text, long time) {
        index.index(id, "hash-" + text.hashCode(), index.fingerprint(text), time);
    }

    @Test
    void syndicatedCopiesWithEditsAreFoundAndHardNegativesAreNot() {
        SyndicationSet set = SyndicationSet.load();
        set.originals.forEach(o -> add(o.id(), o.body(), 0));
        set.originals.forEach(o -> add(
                "chrome-" + o.id(),
                SyndicationSet.OUTLET_CHROME + "\n\n" + o.body() + "\n\n" + SyndicationSet.OUTLET_CHROME,
                0));
        int tp = 0, fp = 0, fn = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        for (SyndicationSet.Probe p : set.probes) {
            Optional<NearDuplicateIndex.Match> m = find("probe", p.body());
            int[] k = byKind.computeIfAbsent(p.kind(), x -> new int[3]);
            if (p.originalId() != null
                    && m.isPresent()
                    && m.get().originalId().replace("chrome-", "").equals(p.originalId())) {
                tp++;
                k[0]++;
            } else if (m.isPresent()) {
                System.out.printf(
                        "  false positive: %s of %s matched %s at %.2f%n",
                        p.kind(), p.originalId(), m.get().originalId(), m.get().similarity());
                fp++;
                k[1]++;
            } else if (p.originalId() != null) {
                System.out.printf(
                        "  missed: %s of %s at %.2f%n",
                        p.kind(),
                        p.originalId(),
                        index.fingerprint(p.body()).jaccard(index.fingerprint(set.body(p.originalId()))));
                fn++;
                k[2]++;
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf(
                "near-dup on %d originals, %d probes: precision %.4f recall %.4f%n",
                set.originals.size(), set.probes.size(), precision, recall);
        byKind.forEach((kind, k) -> System.out.printf("  %-30s tp %3d fp %3d fn %3d%n", kind, k[0], k[1], k[2]));
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.99);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void fiveOutletsReportingOneEventAreNotCopiesOfEachOther() {
        List<SeedReports.Sample> samples = SeedReports.samples();
        for (SeedReports.Sample s : samples) {
            assertThat(find(s.name(), s.text()))
                    .as("%s copies nothing", s.name())
                    .isEmpty();
            add(s.name(), s.text(), 0);
        }
    }

    @Test
    void anExactCopyIsFoundByHashEvenWhenTooShortForMinHash() {
        add("a", "Short wire flash.", 0);
        assertThat(find("b", "Short wire flash."))
                .get()
                .extracting(NearDuplicateIndex.Match::exact)
                .isEqualTo(true);
        assertThat(find("c", "Another short flash.")).isEmpty();
    }

    @Test
    void anArticleIsNeverACopyOfItself() {
        String text =
                "The central bank raised its main interest rate by a quarter point on Thursday, citing persistent "
                        + "inflation in services and a labour market that remains tight despite a year of increases.";
        add("a", text, 0);
        assertThat(find("a", text)).isEmpty();
    }

    @Test
    void originalsOlderThanTheWindowAreForgotten() {
        String text =
                "The central bank raised its main interest rate by a quarter point on Thursday, citing persistent "
                        + "inflation in services and a labour market that remains tight despite a year of increases.";
        add("a", text, 0);
        index.evict(DedupSettings.defaults().window().toMillis() + 1);
        assertThat(find("b", text + " More.")).isEmpty();
        assertThat(buckets.size()).isZero();
        assertThat(originals.size()).isZero();
    }

    /** Wire headlines and the same headline as other outlets ran it: a slug before, an attribution or name after. */
    private static final List<List<String>> SAME_HEADLINE = List.of(
            List.of("ECB to reveal bad-loan hurdles", "ECB to reveal bad-loan hurdles - sources"),
            List.of(
                    "UPDATE 2-Japan lifts tsunami warning after powerful quake off Aomori coast",
                    "Japan lifts tsunami warning after powerful quake off Aomori coast | The Japan Times"),
            List.of(
                    "Wall Street rallies after Fed leaves rates on hold - Reuters",
                    "Wall Street rallies after Fed leaves rates on hold"),
            List.of(
                    "EXCLUSIVE-Tesla to recall 2 million cars over Autopilot safeguards",
                    "Tesla to recall 2 million cars over Autopilot safeguards: sources"),
            List.of(
                    "Euro slips after ECB trims borrowing costs by quarter point",
                    "Euro slips after ECB trims borrowing costs by quarter-point — BBC News"));

    /** Headlines of other events that share most of their words, and a tail that is the news itself. */
    private static final List<List<String>> LOOK_ALIKES = List.of(
            List.of(
                    "Fed leaves rates on hold as inflation stays sticky",
                    "BoE leaves rates on hold as inflation stays sticky"),
            List.of("Dutch election - Wilders wins", "Dutch election - Timmermans concedes"),
            List.of("ECB to reveal bad-loan hurdles", "ECB to reveal bad-loan hurdles next week, delay seen"),
            List.of(
                    "Magnitude 6.1 earthquake strikes eastern Turkey",
                    "Magnitude 6.1 earthquake strikes central Chile"));

    @Test
    void printsShortTextSimilarities() {
        for (List<List<String>> set : List.of(SAME_HEADLINE, LOOK_ALIKES)) {
            for (List<String> pair : set) {
                System.out.printf(
                        "short-text Jaccard %.3f: %s / %s%n",
                        index.fingerprint(pair.get(0)).jaccard(index.fingerprint(pair.get(1))),
                        pair.get(0),
                        pair.get(1));
            }
        }
    }

    @Test
    void aHeadlineRunByAnotherOutletWithSlugOrAttributionIsACopy() {
        for (List<String> pair : SAME_HEADLINE) {
            add("wire", pair.get(0), 0);
            assertThat(find("other", pair.get(1)))
                    .as("%s copies %s", pair.get(1), pair.get(0))
                    .get()
                    .satisfies(m -> assertThat(m.originalId()).isEqualTo("wire"))
                    .satisfies(m -> assertThat(m.exact()).isFalse());
            index.evict(Long.MAX_VALUE / 2);
        }
    }

    @Test
    void headlinesOfLookAlikeEventsAreNotCopies() {
        for (List<String> pair : LOOK_ALIKES) {
            add("first", pair.get(0), 0);
            assertThat(find("second", pair.get(1)))
                    .as("%s is not a copy of %s", pair.get(1), pair.get(0))
                    .isEmpty();
            index.evict(Long.MAX_VALUE / 2);
        }
    }

    @Test
    void noHeadlineOfTheLabelledStreamCopiesOneOfAnotherEvent() {
        List<LabelledStream.Item> items = LabelledStream.load("/stories/headlines.tsv");
        Map<String, String> eventOf = new TreeMap<>();
        int sameEvent = 0;
        for (LabelledStream.Item item : items) {
            String id = item.input().id();
            Optional<NearDuplicateIndex.Match> m = find(id, item.input().title());
            if (m.isPresent()) {
                assertThat(eventOf.get(m.get().originalId()))
                        .as(
                                "%s (%s) matched %s",
                                item.input().title(), item.event(), m.get().originalId())
                        .isEqualTo(item.event());
                sameEvent++;
            } else {
                add(id, item.input().title(), item.input().time());
            }
            eventOf.put(id, item.event());
        }
        System.out.printf(
                "short-text near-dups among %d labelled headlines: %d, all within one event%n",
                items.size(), sameEvent);
    }

    @Test
    void aShortTextsFingerprintSurvivesTheStore() {
        Fingerprint fp = index.fingerprint("ECB to reveal bad-loan hurdles - sources");
        assertThat(fp.shortText()).isTrue();
        assertThat(Fingerprint.decode(fp.encode())).isEqualTo(fp);
        Fingerprint longText = index.fingerprint(SeedReports.samples().get(0).text());
        assertThat(Fingerprint.decode(longText.encode())).isEqualTo(longText);
    }

    @Test
    void attributionsAndSlugsAreTrimmedButATailThatIsTheNewsIsKept() {
        assertThat(ShortText.trimmed("UPDATE 2-ECB to reveal bad-loan hurdles - sources"))
                .isEqualTo("ECB to reveal bad-loan hurdles");
        assertThat(ShortText.trimmed("Dutch election - Wilders wins")).isEqualTo("Dutch election - Wilders wins");
        assertThat(ShortText.trimmed("Aslef strike: commuters face disruption | The Guardian"))
                .isEqualTo("Aslef strike: commuters face disruption");
        assertThat(ShortText.terms("Breaking news")).isEmpty();
    }
}
