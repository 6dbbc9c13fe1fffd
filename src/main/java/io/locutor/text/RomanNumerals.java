package io.locutor.text;

import java.util.Locale;

/** Roman numerals ("xix" → 19), only where the context says one is meant ("siglo xix"). */
final class RomanNumerals {
    private RomanNumerals() {
    }

    /** The value, or -1 when {@code s} is not a well-formed numeral. */
    static int parse(String s) {
        String r = s.toUpperCase(Locale.ROOT);
        int total = 0;
        int prev = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                case 'D' -> 500;
                case 'M' -> 1000;
                default -> 0;
            };
            if (v == 0) {
                return -1;
            }
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total > 0 && toRoman(total).equals(r) ? total : -1;
    }

    private static String toRoman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int v = n;
        for (int i = 0; i < values.length; i++) {
            while (v >= values[i]) {
                sb.append(symbols[i]);
                v -= values[i];
            }
        }
        return sb.toString();
    }
}
