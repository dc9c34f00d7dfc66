package io.newsflow.enrich.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Content hashes and SimHashes are stored (article versions, the dedup index) and published, so the values
 * themselves are the contract: these were computed by the first implementation (a regex split, each shingle
 * encoded anew) and any faster one must give them bit for bit.
 */
class FingerprintsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
                    ''                                                 | e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 | 0
                    Hello, World! 123                                  | d4223bf93e202505a6a501421a88d9fa43341f7757e217dd603ccdce157c13bd | 2590080004909665153
                    ﬁne ligature Ⅻ ½ ٣٤ x²                             | 51180dd2aea5d16b4490fd960e66643b925fade207597fb333e5d3823090d5fe | 3609197371560560228
                    日本語のテキスト、中文。                                | c85cd341324c2c16f7a815eed760b58a7d874038ff8575427bdc3188c17415e6 | -7889321226273312807
                    Straße İstanbul ΣΊΣΥΦΟΣ                            | 69089b854855e7ff2123a0cf1ac2042a51cf7457c74e5be77a7495743ca1bfa2 | 6341648827159991616
                    The Fed holds rates steady -- again; markets shrug. | 08dc4ae62b0ec4b93dd61c02515ebeec2bee64a1359b082adcf015674dd29adf | 1175903360605229170
                    the fed HOLDS rates steady again markets shrug     | 08dc4ae62b0ec4b93dd61c02515ebeec2bee64a1359b082adcf015674dd29adf | 1175903360605229170
                    """)
    void hashesAreTheOnesAlreadyStored(String text, String contentHash, long simhash) {
        Fingerprints.Content content = Fingerprints.content(text);
        assertThat(content.hash()).isEqualTo(contentHash);
        assertThat(content.simhash()).isEqualTo(simhash);
        assertThat(Fingerprints.contentHash(text)).isEqualTo(contentHash);
        assertThat(Fingerprints.simhash(text)).isEqualTo(simhash);
    }
}
