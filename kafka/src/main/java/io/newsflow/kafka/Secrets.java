package io.newsflow.kafka;

import java.util.regex.Pattern;

/**
 * What may not be printed: the value of any setting whose name says auth, password, secret, token, jaas,
 * credentials or key, and the user-info part of a URL ({@code https://user:pass@registry}). One home, used
 * by every line that shows configuration or an error.
 */
public final class Secrets {

    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(auth|password|passwd|secret|token|jaas|credential|(^|[._-])key([._-]|$)).*");
    /** scheme://user[:password]@ — bounded and possessive, as it runs on any text. */
    private static final Pattern URL_USER_INFO = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]{0,30}+://)[^/@\\s]{1,256}+@");

    private Secrets() {}

    public static boolean isSecret(String settingName) {
        return SECRET_NAME.matcher(settingName).matches();
    }

    /** The value as it may be printed for the setting {@code name}. */
    public static String shown(String name, String value) {
        if (value == null) return null;
        return isSecret(name) ? "****" : maskUrls(value);
    }

    /** Text with the credentials of every URL in it replaced by ****. */
    public static String maskUrls(String text) {
        return text == null ? null : URL_USER_INFO.matcher(text).replaceAll("$1****@");
    }
}
