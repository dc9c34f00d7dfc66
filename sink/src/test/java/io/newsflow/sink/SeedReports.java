package io.newsflow.sink;

import io.newsflow.testkit.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The five seed reports of one event in the shared folder, read as headline and body. */
public final class SeedReports {

    private SeedReports() {}

    /** A seed report: its first line is the headline, the rest the body. */
    public record Sample(String name, String title, String text) {}

    /** The five reports; the calling test is skipped when the shared folder is not beside the checkout. */
    public static List<Sample> samples() {
        List<Sample> out = new ArrayList<>();
        for (Path f : SharedData.samples()) {
            try {
                String all = Files.readString(f, StandardCharsets.UTF_8).strip();
                int nl = all.indexOf('\n');
                out.add(new Sample(
                        f.getFileName().toString(),
                        all.substring(0, nl).strip(),
                        all.substring(nl + 1).strip()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        return out;
    }

    /** Readability's expected article texts (real articles from many sites), one JSON object a line. */
    public static Path readabilityGroundTruth() {
        return SharedData.file("extraction-dev/readability", "ground-truth.jsonl");
    }
}
