package io.newsflow.enrich.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The 17 top-level IPTC Media Topics (code, label, definition), read from the data file. */
record Taxonomy(List<Topic> topics) {

    static final String RESOURCE = "iptc-media-topics.tsv";

    record Topic(String code, String label, String definition) {}

    Taxonomy {
        topics = List.copyOf(topics);
    }

    int size() {
        return topics.size();
    }

    Topic get(int i) {
        return topics.get(i);
    }

    int indexOf(String code) {
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    static Taxonomy load() {
        List<Topic> topics = new ArrayList<>();
        for (String line : Resources.lines(Taxonomy.class, RESOURCE)) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException(RESOURCE + ": expected 3 columns: " + line);
            }
            topics.add(new Topic(f[0], f[1], f[2]));
        }
        return new Taxonomy(topics);
    }

    /** Small reader for the data files beside these classes: skips blank lines and # comments. */
    static final class Resources {
        private Resources() {}

        static List<String> lines(Class<?> owner, String name) {
            try (InputStream in = owner.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
                }
                List<String> out = new ArrayList<>();
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(line);
                    }
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
