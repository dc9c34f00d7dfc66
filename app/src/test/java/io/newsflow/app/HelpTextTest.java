package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Every command's help as a user sees it in an 80-column terminal: wrapped by picocli only, so no line is
 * longer than the terminal and no word or name is split across two lines; a one-sentence summary, examples
 * and exit codes for every command.
 */
class HelpTextTest {

    private static final int WIDTH = 80;
    /** A line that ends inside a word: "articles." then "enriched", or "newsflow-" then "default". */
    private static final Pattern SPLIT_WORD = Pattern.compile("[\\p{L}\\d][.\\-/]$");

    static Stream<CommandLine> commands() {
        List<CommandLine> all = new ArrayList<>();
        collect(Newsflow.commandLine(), all);
        return all.stream().filter(c -> !c.getCommandName().equals("help"));
    }

    private static void collect(CommandLine cmd, List<CommandLine> out) {
        out.add(cmd);
        cmd.getSubcommands().values().forEach(sub -> collect(sub, out));
    }

    private static String help(CommandLine cmd) {
        cmd.setUsageHelpWidth(WIDTH);
        return cmd.getUsageMessage(Ansi.OFF);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void rendersWithoutBrokenLinesAt80Columns(CommandLine cmd) {
        List<String> lines = help(cmd).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertThat(line.length())
                    .as("line %d of %s --help: %s", i, cmd.getCommandName(), line)
                    .isLessThanOrEqualTo(WIDTH);
            // wrapped (the next line's first word did not fit) right after a dot or hyphen inside a word
            if (i + 1 < lines.size() && SPLIT_WORD.matcher(line).find() && wrapped(line, lines.get(i + 1))) {
                String next = lines.get(i + 1).strip();
                assertThat(next.isEmpty() || !Character.isLowerCase(next.charAt(0)))
                        .as(
                                "%s --help splits a word across lines %d-%d:%n%s%n%s",
                                cmd.getCommandName(), i, i + 1, line, lines.get(i + 1))
                        .isTrue();
            }
        }
    }

    /** The next line continues this one (prose at the margin, or deeper in a table cell) and did not fit on it. */
    private static boolean wrapped(String line, String next) {
        String firstWord = next.strip().split("\\s+", 2)[0];
        boolean continues = indent(line) == 0 || indent(next) > indent(line);
        return continues && line.length() + 1 + firstWord.length() > WIDTH;
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void hasAOneSentenceSummaryWholeParagraphsAndExamples(CommandLine cmd) {
        CommandLine.Model.UsageMessageSpec usage = cmd.getCommandSpec().usageMessage();
        assertThat(usage.header())
                .as("%s: one summary line", cmd.getCommandName())
                .hasSize(1);
        assertThat(usage.header()[0]).endsWith(".").doesNotContain(". ").hasSizeLessThanOrEqualTo(WIDTH - 14);
        for (String paragraph : usage.description()) {
            assertThat(paragraph)
                    .as("%s: a description element is a whole paragraph, wrapped by picocli", cmd.getCommandName())
                    .matches("(?s).*[.!?:)]$");
        }
        assertThat(usage.footerHeading()).contains("Examples");
        assertThat(usage.footer()).isNotEmpty().allMatch(l -> l.startsWith("  "));
        if (cmd.getParent() != null) {
            assertThat(usage.exitCodeList())
                    .as("%s: exit codes", cmd.getCommandName())
                    .containsKey("0");
        }
    }

    @Test
    void versionComesFromTheBuild() {
        StringWriter out = new StringWriter();
        CommandLine cmd = Newsflow.commandLine();
        cmd.setOut(new PrintWriter(out));
        assertThat(cmd.execute("--version")).isZero();
        assertThat(out.toString())
                .containsPattern("^newsflow \\d+\\.\\d+\\.\\d+")
                .doesNotContain("dev");
    }
}
