package io.claimwatch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day said as the moment something happened ("struck at 2:40 a.m.", "closed at 9pm",
 * "began at 0900 GMT"), as a quantity: minutes after midnight, counting {@link #UNIT} (or
 * {@link #UNIT_UTC} when said in GMT/UTC, so a local time never meets a universal one). Only
 * times after "at" (exact) or "after", "before", "around" (bounds) count, not "by" (a deadline),
 * and only unambiguous ones: with a.m./p.m., or on a 24-hour clock ("14:30", "08:15", "0900").
 */
final class ClockTimes {

    static final String UNIT = Quantity.TIME_OF_DAY;
    static final String UNIT_UTC = Quantity.TIME_OF_DAY + " utc";
    private static final Set<String> UNIVERSAL_ZONES = LexiconFile.load("universal-time-zones").words();

    /** "at" (exact), "after", "before", "around": lexicon/clock-prepositions.txt. */
    private static final java.util.Map<String, Bound> PREPOSITIONS = LexiconFile.load("clock-prepositions").pairs().entrySet()
            .stream().collect(java.util.stream.Collectors.toUnmodifiableMap(java.util.Map.Entry::getKey, e -> Bound.of(e.getValue())));

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:([:.])(\\d{2}))?(am|pm)?");
    private static final Pattern MILITARY = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)");

    private ClockTimes() {}

    /** The times of day that start in [from, to). */
    static List<Quantity> find(List<Token> t, int from, int to) {
        List<Quantity> found = new ArrayList<>();
        for (int i = Math.max(from, 1); i < to; i++) {
            Bound bound = PREPOSITIONS.get(t.get(i - 1).lower());
            if (bound == null) {
                continue;
            }
            String w = t.get(i).lower();
            int end = i;
            Integer minutes = null;
            Matcher m = TIME.matcher(w);
            Matcher military = MILITARY.matcher(w);
            if (m.matches()) {
                String suffix = m.group(4);
                if (suffix == null && i + 1 < t.size() && isSuffix(t.get(i + 1))) {
                    suffix = t.get(i + 1).lower().replace(".", "");
                    end = i + 1;
                }
                minutes = minutes(m, suffix);
            }
            boolean universal = end + 1 < t.size() && UNIVERSAL_ZONES.contains(t.get(end + 1).lower());
            if (military.matches() && (universal || !TimeExpressions.isYear(w))) { // "at 1530 GMT", not "at 2019 prices"
                minutes = Integer.parseInt(military.group(1)) * 60 + Integer.parseInt(military.group(2));
            }
            if (minutes == null) {
                continue;
            }
            StringBuilder text = new StringBuilder(t.get(i).text());
            for (int k = i + 1; k <= end + (universal ? 1 : 0); k++) {
                text.append(' ').append(t.get(k).text());
            }
            found.add(new Quantity(text.toString(), minutes, bound, universal ? UNIT_UTC : UNIT, false));
            i = end;
        }
        return found;
    }

    /** Minutes after midnight, or null when the clock is not known (a 12-hour time without a.m. or p.m.). */
    private static Integer minutes(Matcher m, String suffix) {
        int hour = Integer.parseInt(m.group(1));
        String separator = m.group(2);
        int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (minute > 59 || hour > 23) {
            return null;
        }
        if (suffix != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            return (hour % 12 + (suffix.equals("pm") ? 12 : 0)) * 60 + minute;
        }
        boolean twentyFourHour = ":".equals(separator) && (hour >= 13 || hour == 0 || m.group(1).startsWith("0"));
        return twentyFourHour ? hour * 60 + minute : null;
    }

    private static boolean isSuffix(Token token) {
        String w = token.lower().replace(".", "");
        return w.equals("am") || w.equals("pm");
    }
}
