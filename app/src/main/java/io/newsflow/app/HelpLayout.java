package io.newsflow.app;

import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Keeps names whole when picocli wraps help text. Picocli breaks lines where {@link java.text.BreakIterator}
 * allows, and that allows a break after the dot or hyphen inside a name ("articles.⏎latest",
 * "newsflow-⏎default.properties"). A zero-width no-break space after such a dot, hyphen or slash glues the
 * name for the wrapper, and is taken out of the rendered help again.
 */
final class HelpLayout {

    private static final String GLUE = "\uFEFF";
    private static final Pattern INSIDE_A_NAME = Pattern.compile("(?<=\\S)([./\\-])(?=\\S)");

    private HelpLayout() {}

    /** Applies the layout to a command and all its subcommands. */
    static CommandLine apply(CommandLine cmd) {
        UsageMessageSpec usage = cmd.getCommandSpec().usageMessage();
        usage.header(glue(usage.header()));
        usage.description(glue(usage.description()));
        cmd.setHelpFactory(GluedHelp::new);
        cmd.getHelpSectionMap()
                .replaceAll((key, renderer) -> help -> renderer.render(help).replace(GLUE, ""));
        cmd.getSubcommands().values().forEach(HelpLayout::apply);
        return cmd;
    }

    private static String[] glue(String[] texts) {
        String[] out = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            out[i] = glue(texts[i]);
        }
        return out;
    }

    private static String glue(String text) {
        return INSIDE_A_NAME.matcher(text).replaceAll("$1" + GLUE);
    }

    /** Glues the description column of the option and parameter tables, the part picocli wraps. */
    private static final class GluedHelp extends Help {

        GluedHelp(CommandLine.Model.CommandSpec spec, ColorScheme scheme) {
            super(spec, scheme);
        }

        @Override
        public IOptionRenderer createDefaultOptionRenderer() {
            IOptionRenderer plain = super.createDefaultOptionRenderer();
            return (option, labels, scheme) -> glueLastColumn(plain.render(option, labels, scheme), scheme);
        }

        @Override
        public IParameterRenderer createDefaultParameterRenderer() {
            IParameterRenderer plain = super.createDefaultParameterRenderer();
            return (param, labels, scheme) -> glueLastColumn(plain.render(param, labels, scheme), scheme);
        }

        private static Text[][] glueLastColumn(Text[][] rows, ColorScheme scheme) {
            for (Text[] row : rows) {
                int last = row.length - 1;
                row[last] = scheme.text(glue(row[last].plainString()));
            }
            return rows;
        }
    }
}
