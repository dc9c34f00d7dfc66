package io.newsflow.sink.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.sink.SeedReports;
import io.newsflow.sink.state.MapTable;
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
}
