package io.newsflow.app.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Flat key/value settings with one precedence: built-in defaults, then the user's file, then
 * environment variables ({@code NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS} sets {@code kafka.bootstrap.servers}),
 * then explicit overrides from the command line. Read once at start; the typed config objects take
 * their values from here.
 */
public final class Settings {

    static final String ENV_PREFIX = "NEWSFLOW_";
    static final String CLIENT_PREFIX = "kafka.client.";

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Settings load(Path file, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> v = new TreeMap<>(defaults());
        Set<String> known = Set.copyOf(v.keySet());
        if (file != null) {
            Map<String, String> fromFile = read(file);
            fromFile.keySet().forEach(k -> KnownKeys.check(k, "in " + file, known));
            v.putAll(fromFile);
        }
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (!e.getKey().startsWith(ENV_PREFIX)) {
                continue;
            }
            String key = keyForEnv(e.getKey(), v);
            if (key == null) {
                throw new IllegalArgumentException(
                        "unknown environment variable " + e.getKey() + nearestEnv(e.getKey(), known));
            }
            KnownKeys.check(key, "from environment variable " + e.getKey(), known);
            v.put(key, e.getValue());
        }
        overrides.keySet().forEach(k -> KnownKeys.check(k, "set with -D", known));
        v.putAll(overrides);
        return new Settings(v);
    }

    private static String nearestEnv(String envName, Set<String> known) {
        try {
            KnownKeys.check(
                    envName.substring(ENV_PREFIX.length())
                            .toLowerCase(Locale.ROOT)
                            .replace('_', '.'),
                    "",
                    known);
            return "";
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            int i = m.indexOf("did you mean '");
            return i < 0 ? "" : "; did you mean " + envName(m.substring(i + 14, m.indexOf('\'', i + 14))) + "?";
        }
    }

    public static Settings defaultsOnly() {
        return load(null, Map.of(), Map.of());
    }

    /** The environment variable that sets a key. */
    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing setting '" + key + "' (env " + envName(key) + ")");
        }
        return value.replace("${java.io.tmpdir}", System.getProperty("java.io.tmpdir"));
    }

    public String getOrNull(String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? null : get(key);
    }

    public int getInt(String key) {
        return getInt(key, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A whole number within [min, max]; anything else fails naming the key. */
    public int getInt(String key, int min, int max) {
        int n = parsed(key, "a whole number", Integer::parseInt);
        if (n < min || n > max) {
            throw new IllegalArgumentException("setting '" + key + "' must be "
                    + (max == Integer.MAX_VALUE ? "at least " + min : "between " + min + " and " + max) + ", not " + n);
        }
        return n;
    }

    /** A number within [min, max]; anything else fails naming the key. */
    public double getDouble(String key, double min, double max) {
        double d = parsed(key, "a number", Double::parseDouble);
        if (!(d >= min && d <= max)) {
            throw new IllegalArgumentException(
                    "setting '" + key + "' must be between " + min + " and " + max + ", not " + get(key).strip());
        }
        return d;
    }

    private <T> T parsed(String key, String kind, Function<String, T> parse) {
        String value = get(key);
        try {
            return parse.apply(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting '" + key + "' must be " + kind + ", not '" + value + "'");
        }
    }

    public boolean getBoolean(String key) {
        String value = get(key).strip();
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("setting '" + key + "' must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    /** Settings under a prefix, with the prefix taken off. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, val) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), val);
            }
        });
        return out;
    }

    public Map<String, String> asMap() {
        return values;
    }

    /** Known keys map back exactly; NEWSFLOW_KAFKA_CLIENT_* become client settings with dots. */
    private static String keyForEnv(String envName, Map<String, String> known) {
        for (String key : known.keySet()) {
            if (envName(key).equals(envName)) {
                return key;
            }
        }
        String clientEnv = envName(CLIENT_PREFIX);
        if (envName.startsWith(clientEnv)) {
            return CLIENT_PREFIX
                    + envName.substring(clientEnv.length())
                            .toLowerCase(Locale.ROOT)
                            .replace('_', '.');
        }
        return null;
    }

    private static Map<String, String> defaults() {
        try (InputStream in = Settings.class.getResourceAsStream("/newsflow-default.properties")) {
            if (in == null) {
                throw new IllegalStateException("newsflow-default.properties is missing from the jar");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return toMap(p);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in defaults", e);
        }
    }

    private static Map<String, String> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            return toMap(p);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k).strip()));
        return m;
    }
}
