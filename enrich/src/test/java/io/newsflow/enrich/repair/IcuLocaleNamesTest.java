package io.newsflow.enrich.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A large clean corpus that was not used to tune the heuristics: every language and region name
 * for half of the languages ICU knows, written in each of its ~350 languages (Latin, Cyrillic, Greek, Arabic, Hebrew,
 * Indic, Thai, CJK, African orthographies, historic and minority scripts), plus month and weekday
 * names. None may change; its mojibake is measured per charset.
 */
class IcuLocaleNamesTest {

    private static List<String> names;
    private final TextRepair repair = TextRepair.defaults();

    @BeforeAll
    static void collect() {
        Set<String> texts = new LinkedHashSet<>();
        // Every language-only locale as the language of display; as the names shown, every second
        // of them and a few regional variants: about 20,000 distinct names in a few seconds.
        List<ULocale> languages = new ArrayList<>();
        for (ULocale locale : ULocale.getAvailableLocales()) {
            if (locale.getCountry().isEmpty()) {
                languages.add(locale);
            }
        }
        List<ULocale> shown = new ArrayList<>();
        for (int i = 0; i < languages.size(); i += 2) {
            shown.add(languages.get(i));
        }
        for (String tag : List.of("pt-BR", "fr-CA", "zh-Hant-TW", "sr-Latn-RS", "en-GB", "es-419", "de-CH")) {
            shown.add(ULocale.forLanguageTag(tag));
        }
        for (ULocale display : languages) {
            LocaleDisplayNames displayNames = LocaleDisplayNames.getInstance(display);
            for (ULocale locale : shown) {
                texts.add(Normalizer.normalize(displayNames.localeDisplayName(locale), Normalizer.Form.NFC));
            }
            DateFormatSymbols symbols = new DateFormatSymbols(display);
            texts.add(String.join(" ", symbols.getMonths()));
            texts.add(String.join(" ", symbols.getWeekdays()).trim());
        }
        texts.removeIf(t -> Whitespace.needsCollapse(t));
        names = new ArrayList<>(texts);
    }

    @Test
    void cleanLocaleNamesInEveryScriptComeOutUnchanged() {
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            String fixed = repair.repair(name).text();
            if (!fixed.equals(name)) {
                changed.add(name + " -> " + fixed);
            }
        }
        System.out.printf("%nICU clean names: %d, changed: %d%n", names.size(), changed.size());
        assertThat(names).hasSizeGreaterThan(15_000);
        assertThat(changed).isEmpty();
    }

    @Test
    void mojibakeOfLocaleNamesScorecard() {
        List<String> sample = new ArrayList<>(names);
        Collections.shuffle(sample, new Random(7));
        sample = sample.subList(0, 4000);
        StringBuilder report =
                new StringBuilder("\n| encoding (ICU names) | cases | repaired exactly |\n|---|---|---|\n");
        for (LegacyCharset cs : LegacyCharset.ALL) {
            int cases = 0;
            int exact = 0;
            for (String name : sample) {
                String broken = Mojibake.of(name, cs);
                if (broken.equals(name)) {
                    continue;
                }
                cases++;
                if (repair.repair(broken).text().equals(name)) {
                    exact++;
                }
            }
            report.append("| ")
                    .append(cs)
                    .append(" | ")
                    .append(cases)
                    .append(" | ")
                    .append(exact)
                    .append(" |\n");
            assertThat(exact).as("exact repairs via %s", cs).isGreaterThanOrEqualTo(cases * 85 / 100);
        }
        System.out.println(report);
    }
}
