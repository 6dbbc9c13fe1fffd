package io.locutor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers and IP addresses, read digit by digit in the groups they were written in, a pause (comma) between
 * groups: "+34 600 123 456" → "más treinta y cuatro, seis cero cero, uno dos tres, cuatro cinco seis". A country code
 * of one or two digits is said as a number, a three-digit one digit by digit (as NeMo and operators do).
 */
final class PhoneReader implements TokenReader {
    private static final String SEP = "[ \\u00A0.-]";
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+(\\d{1,3})((?:" + SEP + "?\\(?\\d{1,5}\\)?){1,6})(?![\\d\\p{L}])");
    private static final Pattern AREA_CODE = Pattern.compile("\\((\\d{2,4})\\)" + SEP + "?(\\d{2,4}(?:" + SEP + "\\d{2,4}){1,3})(?![\\d\\p{L}])");
    private static final Pattern DASHED = Pattern.compile("(?<![\\d.,/-])(\\d{2,4}(?:-\\d{2,4}){1,3}(?:-\\d{1,4})?)(?![\\d\\p{L}]|[.,/-]\\d)");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.,/-])(\\d{3}\\.\\d{3}\\.\\d{4})(?![\\d\\p{L}]|[.,/-]\\d)");
    private static final Pattern SPACED = Pattern.compile("(?<![\\d.,/-])(\\d{2,3}(?:[ \\u00A0]\\d{2,3}){2,4})(?![\\d\\p{L}]|[.,/-]\\d)");
    private static final Pattern MOBILE = Pattern.compile("(?<![\\d.,/-])([6789]\\d{8})(?![\\d\\p{L}]|[.,/-]\\d)");
    private static final Pattern IP = Pattern.compile("(?<![\\d.,/-])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d]|\\.\\d)");

    @Override
    public int read(ReadContext ctx, int pos) {
        char c = ctx.text.charAt(pos);
        if (c == '+') {
            Matcher m = ctx.at(INTERNATIONAL, pos);
            if (!m.lookingAt()) {
                return -1;
            }
            List<String> groups = groups(m.group(2));
            int total = m.group(1).length() + groups.stream().mapToInt(String::length).sum();
            if (total < 7) {
                return -1;
            }
            String cc = m.group(1).length() <= 2 ? ctx.speller.cardinal(m.group(1), Gender.NEUTRAL) : ctx.speller.digits(m.group(1));
            ctx.append(ctx.es() ? "más " : "plus ").append(cc).append(", ").append(spoken(ctx, groups));
            return m.end();
        }
        if (c == '(') {
            Matcher m = ctx.at(AREA_CODE, pos);
            if (!m.lookingAt()) {
                return -1;
            }
            List<String> groups = new ArrayList<>();
            groups.add(m.group(1));
            groups.addAll(groups(m.group(2)));
            ctx.append(spoken(ctx, groups));
            return m.end();
        }
        Matcher m = ctx.at(IP, pos);
        if (m.lookingAt() && isIp(m)) {
            String dot = ctx.es() ? " punto " : " dot ";
            StringBuilder sb = new StringBuilder();
            for (int g = 1; g <= 4; g++) {
                if (g > 1) {
                    sb.append(dot);
                }
                sb.append(ctx.speller.digits(m.group(g)));
            }
            ctx.append(sb.toString());
            return m.end();
        }
        for (Pattern p : new Pattern[]{DASHED, DOTTED, SPACED, MOBILE}) {
            m = ctx.at(p, pos);
            if (m.lookingAt() && isPhone(ctx, p, m.group(1))) {
                List<String> groups = p == MOBILE ? List.of(m.group(1).substring(0, 3), m.group(1).substring(3, 6), m.group(1).substring(6))
                        : groups(m.group(1));
                ctx.append(spoken(ctx, groups));
                return m.end();
            }
        }
        return -1;
    }

    /** An IP address has a group that is not three digits long; "1.000.000.000" is a number. */
    private static boolean isIp(Matcher m) {
        for (int g = 2; g <= 4; g++) {
            if (m.group(g).length() != 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPhone(ReadContext ctx, Pattern p, String written) {
        List<String> groups = groups(written);
        int digits = groups.stream().mapToInt(String::length).sum();
        if (p == MOBILE) {
            return ctx.es();
        }
        if (p == SPACED) {
            // "1 034 068" is a number; nine digits starting 6-9 is a Spanish phone ("600 123 456", "91 234 56 78"
            // starts with 9 too).
            return ctx.es() && digits == 9 && "6789".indexOf(written.charAt(0)) >= 0;
        }
        if (p == DASHED) {
            if (digits < 7) {
                return false;
            }
            // "1970-2010" is a range of years, not a phone.
            return !(groups.size() == 2 && isYear(groups.get(0)) && isYear(groups.get(1)));
        }
        return true;
    }

    private static boolean isYear(String g) {
        if (g.length() != 4) {
            return false;
        }
        int y = Integer.parseInt(g);
        return y >= 1000 && y <= 2099;
    }

    private static List<String> groups(String written) {
        List<String> groups = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char ch = written.charAt(i);
            if (ch >= '0' && ch <= '9') {
                cur.append(ch);
            } else if (cur.length() > 0) {
                groups.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            groups.add(cur.toString());
        }
        return groups;
    }

    private static String spoken(ReadContext ctx, List<String> groups) {
        StringBuilder sb = new StringBuilder();
        for (String g : groups) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(ctx.speller.digits(g));
        }
        return sb.toString();
    }
}
