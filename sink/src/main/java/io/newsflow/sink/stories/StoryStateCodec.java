package io.newsflow.sink.stories;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text form of a {@link StoryState} that sinks stored before {@link StoryStateAvro}: tab-separated fields,
 * URL-encoded. Only read now, for stores written by an older sink; a story window after an upgrade no value
 * of this form is left, and this class can go.
 */
final class StoryStateCodec {

    private StoryStateCodec() {}

    static String encode(StoryState s) {
        StringBuilder c = new StringBuilder();
        s.centroid()
                .forEach((k, w) -> c.append(c.length() == 0 ? "" : " ")
                        .append(enc(k))
                        .append('=')
                        .append((float) (double) w));
        return String.join(
                "\t",
                enc(s.id()),
                enc(s.title()),
                c,
                Integer.toString(s.count()),
                Long.toString(s.firstSeen()),
                Long.toString(s.lastSeen()),
                list(s.members()),
                list(s.outlets()));
    }

    static StoryState decode(String v) {
        String[] f = v.split("\t", -1);
        Map<String, Double> centroid = new HashMap<>();
        if (!f[2].isEmpty()) {
            for (String kv : f[2].split(" ")) {
                int eq = kv.lastIndexOf('=');
                centroid.put(dec(kv.substring(0, eq)), Double.parseDouble(kv.substring(eq + 1)));
            }
        }
        return new StoryState(
                dec(f[0]),
                dec(f[1]),
                Map.copyOf(centroid),
                Integer.parseInt(f[3]),
                Long.parseLong(f[4]),
                Long.parseLong(f[5]),
                unlist(f[6]),
                unlist(f[7]),
                null,
                null);
    }

    private static String list(List<String> items) {
        return String.join(" ", items.stream().map(StoryStateCodec::enc).toList());
    }

    private static List<String> unlist(String f) {
        return f.isEmpty()
                ? List.of()
                : new ArrayList<>(
                        Arrays.stream(f.split(" ")).map(StoryStateCodec::dec).toList());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
