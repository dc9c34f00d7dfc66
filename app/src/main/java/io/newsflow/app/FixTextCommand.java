package io.newsflow.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.enrich.repair.TextRepair;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code newsflow fix-text}: reads JSON lines {@code {"id": ..., "text": "..."}} on standard input
 * and writes {@code {"id": ..., "text": "<repaired>"}} per line on standard output, in UTF-8, in
 * the same order. Blank lines are skipped. A line that is not such an object is reported on
 * standard error with its line number and skipped; the exit code is then 1 (0 when every line was
 * repaired).
 */
@Command(
        name = "fix-text",
        mixinStandardHelpOptions = true,
        header = "Repair mojibake, escaped entities and whitespace in JSON lines.",
        description = {
            "Reads JSON lines {\"id\",\"text\"} from standard input and writes them repaired to standard"
                    + " output. A line that is not such an object is reported on standard error with its number"
                    + " and skipped."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  echo '{\"id\":\"1\",\"text\":\"cafÃ©\"}' | newsflow fix-text"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every line was repaired", "1:some line was skipped"})
public final class FixTextCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputStream in;
    private final OutputStream out;
    private final PrintStream err;
    private final TextRepair repair = TextRepair.defaults();

    public FixTextCommand() {
        this(System.in, System.out, System.err);
    }

    FixTextCommand(InputStream in, OutputStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        int bad = 0;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String repaired = repairLine(line, number);
            if (repaired == null) {
                bad++;
                continue;
            }
            writer.write(repaired);
            writer.write('\n');
        }
        writer.flush();
        if (bad > 0) {
            err.printf("fix-text: %d line(s) skipped%n", bad);
        }
        return bad == 0 ? 0 : 1;
    }

    /** The output line for one input line, or null (reported on stderr) if it is not usable. */
    private String repairLine(String line, int number) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            err.printf("fix-text: line %d: not JSON: %s%n", number, e.getOriginalMessage());
            return null;
        }
        if (node == null
                || !node.isObject()
                || !node.has("text")
                || !(node.get("text").isTextual() || node.get("text").isNull())) {
            err.printf("fix-text: line %d: expected an object with a string \"text\"%n", number);
            return null;
        }
        JsonNode text = node.get("text");
        ObjectNode result = JSON.createObjectNode();
        result.set("id", node.has("id") ? node.get("id") : JSON.nullNode());
        if (text.isNull()) {
            result.putNull("text");
        } else {
            result.put("text", repair.repair(text.asText()).text());
        }
        try {
            return JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            err.printf("fix-text: line %d: %s%n", number, e.getOriginalMessage());
            return null;
        }
    }
}
