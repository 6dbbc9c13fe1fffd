package io.locutor.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.hc.client5.http.psl.DomainType;
import org.apache.hc.client5.http.psl.PublicSuffixList;
import org.apache.hc.client5.http.psl.PublicSuffixListParser;

/**
 * The top-level domains ICANN delegates ("com", "mx", "beer", "coffee"), from the Public Suffix List that Apache
 * HttpClient 5 ships and parses (already on the classpath through camel-http): a web address under a newer domain
 * ("moncayo.beer/club") is read as one without a hand-kept list. Loaded once, on the first address-shaped token.
 */
final class TopLevelDomains {
    private TopLevelDomains() {
    }

    private static final String LIST = "/org/publicsuffix/list/effective_tld_names.dat";

    private static final class Holder {
        static final Set<String> SECOND_LEVEL = new HashSet<>();
        static final Set<String> ICANN = load(SECOND_LEVEL);
    }

    /** True when {@code label} (lower case) is a top-level domain ICANN delegates. */
    static boolean contains(String label) {
        return Holder.ICANN.contains(label);
    }

    /**
     * True when {@code suffix} (lower case, "sch.uk", "nhs.uk", "co.uk") is a registry's own second level under a top-level
     * domain, as the list's ICANN section names it ("*.sch.uk" counts).
     */
    static boolean secondLevel(String suffix) {
        return Holder.SECOND_LEVEL.contains(suffix); // filled by the same parse as ICANN, in Holder's initialiser
    }

    private static Set<String> load(Set<String> secondLevel) {
        Set<String> tlds = new HashSet<>();
        try (InputStream in = PublicSuffixListParser.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("the Public Suffix List " + LIST + " is not on the classpath");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            for (PublicSuffixList list : new PublicSuffixListParser().parseByType(reader)) {
                if (list.getType() != DomainType.ICANN) {
                    continue;
                }
                for (String rule : list.getRules()) {
                    if (rule.indexOf('.') < 0 && rule.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        tlds.add(rule); // "beer", "mx"; IDN labels are left out
                    } else {
                        String second = rule.startsWith("*.") ? rule.substring(2) : rule;
                        int dot = second.indexOf('.');
                        if (dot > 0 && second.indexOf('.', dot + 1) < 0 && second.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '.')) {
                            secondLevel.add(second); // "co.uk", "sch.uk"
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(tlds);
    }
}
