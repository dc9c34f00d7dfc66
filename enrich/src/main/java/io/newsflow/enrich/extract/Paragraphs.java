package io.newsflow.enrich.extract;

import io.newsflow.enrich.chrome.ChromeFilter;
import io.newsflow.enrich.repair.TextRepair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The last step: chrome lines out (HTML blocks; plain text was judged line by line before its lines
 * were joined), mojibake repaired, paragraphs joined.
 */
final class Paragraphs {
    record Output(List<Block> blocks, String text, int repairs) {}

    private final ChromeFilter chrome;
    private final TextRepair repair;

    Paragraphs(ChromeFilter chrome, TextRepair repair) {
        this.chrome = chrome;
        this.repair = repair;
    }

    Output finish(List<Block> blocks, Map<String, Integer> removed) {
        List<String> lines = new ArrayList<>(blocks.size());
        for (Block b : blocks) lines.add(b.text());
        ChromeFilter.Cleaned cleaned = chrome.cleanLines(lines);
        cleaned.removed().forEach((k, v) -> removed.merge(k, v, Integer::sum));
        // Kept lines come back in order: walk both lists to keep each block's kind.
        List<Block> kept = new ArrayList<>(cleaned.kept().size());
        int j = 0;
        for (String line : cleaned.kept()) {
            while (j < blocks.size() && !blocks.get(j).text().equals(line)) j++;
            kept.add(j < blocks.size() ? blocks.get(j++) : new Block("p", line, 0, 0));
        }
        return repairAndJoin(kept);
    }

    /** Blocks already judged line by line (plain text): mojibake repaired, paragraphs joined. */
    Output repairAndJoin(List<Block> kept) {
        int repairs = 0;
        List<Block> out = new ArrayList<>(kept.size());
        StringBuilder text = new StringBuilder();
        for (Block b : kept) {
            TextRepair.Repaired r = repair.repair(b.text());
            repairs += r.repairs();
            if (r.text().isBlank()) continue;
            out.add(b.withText(r.text()));
            if (!text.isEmpty()) text.append("\n\n");
            text.append(r.text());
        }
        return new Output(out, text.toString(), repairs);
    }
}
