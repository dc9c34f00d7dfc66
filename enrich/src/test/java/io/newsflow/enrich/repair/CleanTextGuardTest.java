package io.newsflow.enrich.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** False-change guard: clean text in many scripts comes out unchanged, with no repair counted. */
class CleanTextGuardTest {

    private final TextRepair repair = TextRepair.defaults();

    static Stream<String> cleanLines() {
        List<String> lines = Mojibake.lines("/repair/clean-multiscript.txt");
        assertThat(lines).hasSizeGreaterThan(60);
        return lines.stream();
    }

    @ParameterizedTest
    @MethodSource("cleanLines")
    void cleanLineComesOutUnchanged(String line) {
        assertThat(Normalizer.isNormalized(line, Normalizer.Form.NFC)).isTrue();
        TextRepair.Repaired repaired = repair.repair(line);
        assertThat(repaired.text()).isEqualTo(line);
        assertThat(repaired.repairs()).isZero();
    }

    @ParameterizedTest
    @MethodSource("cleanLines")
    void decomposedCleanLineComesOutAsItsNfc(String line) {
        String nfd = Normalizer.normalize(line, Normalizer.Form.NFD);
        assertThat(repair.repair(nfd).text()).isEqualTo(line);
    }
}
