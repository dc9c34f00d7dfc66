package io.newsflow.enrich.chrome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexBoundsTest {

    @ParameterizedTest
    @ValueSource(strings = {"video: .*", "(a+)+b", "\\d+ comments", "x{2,}", "(?:ab)*", "[a-z]+", "a{1,3}*"})
    void unboundedRepeatsAreFound(String regex) {
        assertThat(RegexBounds.unbounded(regex)).isNotNull();
        assertThatThrownBy(() -> RuleFile.parse("k", "k.rules", List.of("pattern: " + regex)))
                .hasMessageContaining("k.rules:1")
                .hasMessageContaining("unbounded repeat");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "video: .{1,200}", "\\d{1,6} comments?", "[*+]{1,3} indicates", "a\\+b\\*", "(?:x|y){2,12}+",
                "(?<r1>a)??", "(?-i:[A-Z]{2,5}) ?:", "[^]*+]{0,9}", "[a-z&&[^q]]{0,4}", "a{3}"
            })
    void boundedPatternsPass(String regex) {
        assertThat(RegexBounds.unbounded(regex)).isNull();
    }

    @Test
    void everyShippedPatternIsBounded() {
        // loading is the check: an unbounded shipped pattern fails here with its file and line
        assertThat(ChromeFilter.loadRuleFiles()).isNotEmpty();
    }
}
