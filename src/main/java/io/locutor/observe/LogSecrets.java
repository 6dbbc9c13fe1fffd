package io.locutor.observe;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;

/**
 * Keeps known secret values (the ElevenLabs key, API keys, the webhook secret, S3 and Redis passwords) out of every
 * log line: the console pattern in log4j2.properties replaces {@code ${sys:locutor.log.mask}} with {@code ****} in each
 * message and stack trace, and this class sets that regex once the values are known, then reloads the logging
 * configuration.
 */
public final class LogSecrets {

    static final String PROPERTY = "locutor.log.mask";
    private static final Set<String> SECRETS = new TreeSet<>();

    private LogSecrets() {
    }

    public static synchronized void mask(Collection<String> secrets) {
        boolean added = false;
        for (String secret : secrets) {
            // Very short values would mask ordinary words; keys are long.
            if (secret != null && secret.strip().length() >= 6) {
                added |= SECRETS.add(secret.strip());
            }
        }
        if (added) {
            System.setProperty(PROPERTY, SECRETS.stream().map(LogSecrets::literal).collect(Collectors.joining("|")));
            if (LogManager.getContext(false) instanceof LoggerContext logging) {
                logging.reconfigure();
            }
        }
    }

    /**
     * The value as a regex without backslashes or braces (log4j's pattern parser reads those itself): letters and
     * digits as they are, common punctuation as a one-character class, anything else as {@code .}.
     */
    static String literal(String secret) {
        StringBuilder regex = new StringBuilder();
        secret.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) && c < 128) {
                regex.appendCodePoint(c);
            } else if (c == '-' || c == '_' || c == '.' || c == '+' || c == '/' || c == '=' || c == ':' || c == '*'
                    || c == '$' || c == '|' || c == '?' || c == '(' || c == ')' || c == '@' || c == '#' || c == '!'
                    || c == '%' || c == '&' || c == '~' || c == ',' || c == ';') {
                regex.append('[').appendCodePoint(c).append(']');
            } else {
                regex.append('.'); // anything else (a quote, a brace, a backslash): matched as any character
            }
        });
        return regex.toString();
    }
}
