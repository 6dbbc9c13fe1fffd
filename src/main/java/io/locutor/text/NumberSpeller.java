package io.locutor.text;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Number words for one language, on top of ICU's RuleBasedNumberFormat. Thread-safe: ICU formatters
 * are not, so each thread gets its own (creating one per call would cost far more than formatting).
 * Also works around ICU quirks: soft hyphens (U+00AD) in Spanish output, no spell-out from 10^18 on
 * (such numbers are read digit by digit), and {@code octingésimo} for 800th (should be {@code octingentésimo}).
 */
final class NumberSpeller {
    /** ICU stops spelling out at 10^18; 18 digits is the longest number read as a quantity. */
    static final int MAX_DIGITS = 18;

    private static final String[] ES_DIGITS = {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"};
    private static final String[] EN_DIGITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    private static final String[] ES_ORD_UNITS = {"", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno"};
    private static final String[] ES_ORD_TENS = {"", "décimo", "vigésimo", "trigésimo", "cuadragésimo", "quincuagésimo", "sexagésimo",
            "septuagésimo", "octogésimo", "nonagésimo"};
    private static final String[] ES_ORD_HUNDREDS = {"", "centésimo", "ducentésimo", "tricentésimo", "cuadringentésimo", "quingentésimo",
            "sexcentésimo", "septingentésimo", "octingentésimo", "noningentésimo"};

    private final Lang lang;
    private final ThreadLocal<RuleBasedNumberFormat> format;
    /** Where English says "and" ({@link EnglishAnd}); Spanish ignores it. */
    private final EnglishAnd and;

    /** Where an English number says "and". */
    enum EnglishAnd {
        /** Before the last group's tens and units, hundreds or not: 18081 "eighteen thousand and eighty one". */
        LAST_GROUP,
        /**
         * Round thirty-six B (en-US): only after the last group's hundreds: 250 "two hundred and fifty", but 1099
         * "one thousand ninety nine", 18081 "eighteen thousand eighty one", as American writers say them.
         */
        AFTER_LAST_HUNDREDS,
        /** Round eleven B (en-GB): after the hundreds of every group ("two hundred and forty five thousand"). */
        EVERY_GROUP
    }

    NumberSpeller(Lang lang) {
        this(lang, EnglishAnd.LAST_GROUP);
    }

    /**
     * Round eleven B: en-GB says "and" after the hundreds of every group ("one hundred and eighty five thousand pounds"),
     * as British speakers and the house style do; other English keeps it in the last group only, as NeMo does.
     */
    NumberSpeller(Lang lang, EnglishAnd and) {
        this.lang = lang;
        this.and = and;
        ULocale locale = lang == Lang.ES ? new ULocale("es") : new ULocale("en");
        this.format = ThreadLocal.withInitial(() -> new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT));
    }

    Lang lang() {
        return lang;
    }

    /** A whole number given as its digits (no sign, no separators); past 18 digits it is read digit by digit. */
    String cardinal(String digits, Gender gender) {
        String d = stripLeadingZeros(digits);
        if (d.length() > MAX_DIGITS) {
            return digits(digits);
        }
        return cardinal(Long.parseLong(d), gender);
    }

    String cardinal(long n, Gender gender) {
        if (lang == Lang.EN) {
            return english(n);
        }
        String ruleSet = switch (gender) {
            case NEUTRAL -> "%spellout-numbering";
            case MASCULINE -> "%spellout-cardinal-masculine";
            case FEMININE -> "%spellout-cardinal-feminine";
        };
        String words = clean(format.get().format(n, ruleSet));
        return gender == Gender.FEMININE && n >= 200_000 ? feminineThousands(words) : words;
    }

    /**
     * ICU's feminine rule set leaves the hundreds before "mil" masculine ("doscientos mil personas"); they agree with
     * the noun too: "doscientas mil personas", "trescientas mil quinientas llamadas". Millions stay masculine
     * ("doscientos millones de personas": the noun is "millones").
     */
    private static String feminineThousands(String words) {
        String[] w = words.split(" ");
        int mil = -1;
        for (int i = w.length - 1; i >= 0; i--) {
            if (w[i].equals("mil")) {
                mil = i;
                break;
            }
        }
        if (mil < 0) {
            return words;
        }
        for (int i = mil - 1; i >= 0 && !w[i].startsWith("millón") && !w[i].startsWith("millones") && !w[i].startsWith("billón")
                && !w[i].startsWith("billones"); i--) {
            if (w[i].endsWith("ientos")) {
                w[i] = w[i].substring(0, w[i].length() - 1 - 1) + "as";
            }
        }
        return String.join(" ", w);
    }

    /**
     * English with "and" only inside the last group, as NeMo and most speakers do:
     * 123 → "one hundred and twenty three", 18081 → "eighteen thousand and eighty one", 123000 → "one hundred twenty three thousand".
     */
    private String english(long n) {
        if (n < 0) {
            return "minus " + english(-n);
        }
        if (lang == Lang.EN && and == EnglishAnd.EVERY_GROUP && n >= 100_000 && n < 1_000_000_000_000_000L) {
            // ICU's verbose English rule set says "and" after the hundreds of every group and before a last group under
            // a hundred: "one hundred and eighty-five thousand, two hundred and fifty"; clean drops its hyphens and commas.
            return clean(format.get().format(n, "%spellout-cardinal-verbose"));
        }
        long high = n / 1000 * 1000;
        int low = (int) (n % 1000);
        if (low == 0 || n < 100) {
            return plain(n);
        }
        StringBuilder sb = new StringBuilder();
        if (high > 0) {
            sb.append(plain(high)).append(' ');
        }
        if (low >= 100) {
            sb.append(plain(low / 100)).append(" hundred");
            if (low % 100 != 0) {
                sb.append(" and ").append(plain(low % 100));
            }
        } else {
            sb.append(and == EnglishAnd.AFTER_LAST_HUNDREDS ? "" : "and ").append(plain(low));
        }
        return sb.toString();
    }

    private String plain(long n) {
        return clean(format.get().format(n, "%spellout-cardinal"));
    }

    /** Every digit as a word: "0 4" style reading for codes, phones and long numbers. Non-digits are skipped. */
    String digits(CharSequence s) {
        String[] words = lang == Lang.ES ? ES_DIGITS : EN_DIGITS;
        StringBuilder sb = new StringBuilder(s.length() * 6);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(words[c - '0']);
            }
        }
        return sb.toString();
    }

    String digit(int d) {
        return (lang == Lang.ES ? ES_DIGITS : EN_DIGITS)[d];
    }

    /** A year: Spanish reads it as a number ("dos mil veinticinco"), English in pairs ("twenty twelve", "fifteen oh six"). */
    String year(int year) {
        if (lang == Lang.ES) {
            return cardinal(year, Gender.NEUTRAL);
        }
        return clean(format.get().format(year, "%spellout-numbering-year"));
    }

    /**
     * The digits after the decimal mark. Spanish: one or two digits are read as a number ("coma cincuenta y dos",
     * "coma cero cinco"), longer tails digit by digit; English: always digit by digit ("point one six").
     */
    String fraction(String frac) {
        if (lang == Lang.ES && frac.length() <= 2) {
            if (frac.length() == 2 && frac.charAt(0) == '0') {
                return digits(frac);
            }
            return cardinal(Long.parseLong(frac), Gender.NEUTRAL);
        }
        return digits(frac);
    }

    /** An ordinal number. Spanish forms agree in gender; {@code apocope} gives "primer"/"tercer" (marker {@code .er}). */
    String ordinal(long n, boolean feminine, boolean apocope) {
        if (lang == Lang.EN) {
            return clean(format.get().format(n, "%spellout-ordinal"));
        }
        String words = n > 0 && n < 1_000_000 ? spanishOrdinal((int) n)
                : clean(format.get().format(n, "%spellout-ordinal-masculine"));
        if (apocope && !feminine && n % 100 == 11 && words.endsWith("undécimo")) {
            // "11.er": the apocopated form only exists for the compound ("decimoprimer").
            return words.substring(0, words.length() - "undécimo".length()) + "decimoprimer";
        }
        if (apocope && !feminine) {
            if (words.endsWith("primero")) {
                return words.substring(0, words.length() - 1);
            }
            if (words.endsWith("tercero")) {
                return words.substring(0, words.length() - 1);
            }
        }
        return feminine ? feminine(words) : words;
    }

    /**
     * Spanish ordinals below a million, in the forms RAE gives and NeMo expects (ICU says "decimoprimero", "dos milésimo",
     * "octingésimo"): 11 undécimo, 12 duodécimo, 13–19 decimotercero…, 21–29 vigesimoprimero…, 2000 dosmilésimo.
     */
    private String spanishOrdinal(int n) {
        StringBuilder sb = new StringBuilder();
        int thousands = n / 1000;
        int rest = n % 1000;
        if (thousands == 1) {
            sb.append("milésimo");
        } else if (thousands > 1) {
            sb.append(cardinal(thousands, Gender.MASCULINE).replace(" ", "")).append("milésimo");
        }
        int hundreds = rest / 100;
        if (hundreds > 0) {
            space(sb).append(ES_ORD_HUNDREDS[hundreds]);
        }
        int tens = rest % 100 / 10;
        int units = rest % 10;
        if (tens == 1 && units == 1) {
            space(sb).append("undécimo");
        } else if (tens == 1 && units == 2) {
            space(sb).append("duodécimo");
        } else if ((tens == 1 || tens == 2) && units > 0) {
            // Written as one word: decimotercero, vigesimoprimero; "decimo"+"octavo" elides to "decimoctavo".
            String stem = tens == 1 ? "decimo" : "vigesimo";
            String unit = ES_ORD_UNITS[units];
            space(sb).append(unit.startsWith("o") ? stem.substring(0, stem.length() - 1) : stem).append(unit);
        } else {
            if (tens > 0) {
                space(sb).append(ES_ORD_TENS[tens]);
            }
            if (units > 0) {
                space(sb).append(ES_ORD_UNITS[units]);
            }
        }
        return sb.toString();
    }

    private static StringBuilder space(StringBuilder sb) {
        if (sb.length() > 0) {
            sb.append(' ');
        }
        return sb;
    }

    private static String feminine(String masculine) {
        StringBuilder sb = new StringBuilder(masculine.length());
        for (String word : masculine.split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word.endsWith("o") ? word.substring(0, word.length() - 1) + "a" : word);
        }
        return sb.toString();
    }

    /** ICU output to plain words: no soft hyphens, the 800th fix, and English hyphens/commas as spaces. */
    String clean(String icu) {
        String s = icu.indexOf('\u00AD') >= 0 ? icu.replace("\u00AD", "") : icu;
        if (lang == Lang.ES) {
            return s.contains("octingésim") ? s.replace("octingésim", "octingentésim") : s;
        }
        return s.replace('-', ' ').replace(",", "");
    }

    static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
