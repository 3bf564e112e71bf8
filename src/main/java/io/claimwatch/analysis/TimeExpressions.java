package io.claimwatch.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the date a clause is about: "March 12, 2011", "12 March", "February 28", "in 2011",
 * "on Tuesday" and "yesterday" resolved against the date the statement was made. Times of day
 * do not change the day. Words used up by a date are marked so they are not read as counts.
 */
final class TimeExpressions {

    private TimeExpressions() {}

    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}(st|nd|rd|th)");
    private static final Pattern DECADE = Pattern.compile("1[5-9]\\d0s|20\\d0s|'\\d0s");
    /** "2:40", "9.30", "9am", "10.15pm". */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}([:.]\\d{2})?(am|pm)|\\d{1,2}[:.]\\d{2}");
    private static final Pattern HOUR = Pattern.compile("\\d{1,2}");
    private static final Pattern HOUR_SUFFIX = Pattern.compile("a\\.?m\\.?|p\\.?m\\.?|o'clock|gmt|utc");
    private static final Pattern AFTER_HOUR = Pattern.compile(HOUR_SUFFIX.pattern() + "|local");
    private static final Pattern MILITARY = Pattern.compile("[0-2]\\d{3}");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}(st|nd|rd|th)?");
    private static final Pattern YEAR = Pattern.compile("(1[5-9]|20)\\d\\d");

    private static final String SINCE = "since";
    private static final Set<String> UNTIL = LexiconFile.load("until-words").words();
    private static final Set<String> YEAR_PREPOSITIONS = LexiconFile.load("year-prepositions").words();
    private static final Set<String> MONTH_INTRODUCERS = LexiconFile.load("month-introducers").words();

    static Optional<DateSpan> find(List<Token> tokens, DateSpan statedOn, BitSet used) {
        return find(tokens, statedOn, used, 0, tokens.size(), false);
    }

    /**
     * The first date expression starting in [from, to). A date without a year, or a weekday, is
     * the latest such day up to the statement, or with {@code ahead} (a claim about the future:
     * "will be held on 3 June") the first from the statement on.
     */
    static Optional<DateSpan> find(List<Token> tokens, DateSpan statedOn, BitSet used, int from, int to, boolean ahead) {
        return find(tokens, statedOn, used, from, to, ahead, ahead);
    }

    /** As above; with {@code untilAhead} a date after "until" is ahead even when the claim is not about the future. */
    static Optional<DateSpan> find(List<Token> tokens, DateSpan statedOn, BitSet used, int from, int to, boolean ahead,
                                   boolean untilAhead) {
        BitSet before = (BitSet) used.clone();
        Optional<DateSpan> date = firstDate(tokens, statedOn, used, from, to, ahead);
        if (ahead && date.isPresent() && afterSince(tokens, before, used)) {
            used.clear();
            used.or(before);
            date = firstDate(tokens, statedOn, used, from, to, false); // "will stay shut, as it has been since March"
        } else if (!ahead && untilAhead && date.isPresent() && after(tokens, before, used, UNTIL)
                && date.get().latest().isBefore(statedOn.earliest())) {
            used.clear();
            used.or(before);
            date = firstDate(tokens, statedOn, used, from, to, true); // "has been postponed until June": the coming June
        }
        return date.map(d -> since(tokens, before, used, d, statedOn));
    }

    private static boolean afterSince(List<Token> tokens, BitSet before, BitSet used) {
        return after(tokens, before, used, Set.of(SINCE)) || sinceEventIn(tokens, before, used);
    }

    /** How many words an event may take between "since" and the "in" of its date ("since the flood in March"). */
    private static final int EVENT_WORDS = 3;

    /** "has been closed since the flood in March": the date is the event's, after "since" and "in". */
    private static boolean sinceEventIn(List<Token> tokens, BitSet before, BitSet used) {
        int first = firstNewlyUsed(before, used);
        if (first < 3 || !tokens.get(first - 1).lower().equals("in")) {
            return false;
        }
        for (int k = first - 2; k >= Math.max(0, first - 2 - EVENT_WORDS); k--) {
            Token w = tokens.get(k);
            if (w.lower().equals(SINCE)) {
                return true;
            }
            if (!w.is("DET") && !w.is("NOUN") && !w.is("ADJ")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the words the date expression just used follow one of {@code words}. */
    private static boolean after(List<Token> tokens, BitSet before, BitSet used, Set<String> words) {
        int first = firstNewlyUsed(before, used);
        return first > 0 && words.contains(tokens.get(first - 1).lower());
    }

    /** The first word the date expression just used (set in {@code used}, not in {@code before}), or -1. */
    private static int firstNewlyUsed(BitSet before, BitSet used) {
        BitSet now = (BitSet) used.clone();
        now.andNot(before);
        return now.nextSetBit(0);
    }

    /**
     * "has been shut since March": from the date up to the day it was said (a date after "since" is never ahead);
     * "will stay shut until July": from the day it was said to the day before the date.
     */
    private static DateSpan since(List<Token> tokens, BitSet before, BitSet used, DateSpan date, DateSpan statedOn) {
        if (afterSince(tokens, before, used)) {
            return date.earliest().isBefore(statedOn.latest()) ? new DateSpan(date.earliest(), statedOn.latest()) : date;
        }
        if (after(tokens, before, used, UNTIL) && date.earliest().isAfter(statedOn.earliest())) {
            return new DateSpan(statedOn.earliest(), date.earliest().minusDays(1));
        }
        return date;
    }

    private static Optional<DateSpan> firstDate(List<Token> tokens, DateSpan statedOn, BitSet used, int from, int to, boolean ahead) {
        markTimesOfDay(tokens, used);
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).lower();
            Month month = month(w);
            if (month != null) {
                Optional<DateSpan> date = monthDate(tokens, i, month, statedOn, used, ahead);
                if (date.isPresent()) {
                    return date;
                }
            }
            DayOfWeek weekday = weekday(w);
            if (weekday != null) {
                used.set(i);
                if (dayPart(tokens, i + 1)) {
                    used.set(i + 1);
                }
                return Optional.of(ahead ? nextWeekday(weekday, statedOn) : lastWeekday(weekday, statedOn));
            }
            Optional<DateSpan> period = relativePeriod(tokens, i, statedOn, used);
            if (period.isEmpty()) {
                period = CountedPeriods.find(tokens, i, statedOn, used, ahead); // "in two weeks", "three days ago"
            }
            if (period.isPresent()) {
                return period;
            }
            if (w.equals("yesterday")) {
                used.set(i);
                return Optional.of(new DateSpan(statedOn.earliest().minusDays(1), statedOn.latest().minusDays(1)));
            }
            if (w.equals("today") || (w.equals("tonight"))) {
                used.set(i);
                return Optional.of(statedOn);
            }
            Optional<DateSpan> era = centuryOrDecade(tokens, i, used);
            if (era.isPresent()) {
                return era;
            }
            if (isYear(w) && i > 0 && YEAR_PREPOSITIONS.contains(tokens.get(i - 1).lower())) {
                used.set(i);
                return Optional.of(DateSpan.parse(w));
            }
        }
        return Optional.empty();
    }

    private static final Map<String, String> PERIODS = LexiconFile.load("relative-periods").pairs();

    /** Whether the token is a word of a relative period ("week" in "last week"), which names no thing. */
    private static final Set<String> DAY_PARTS = LexiconFile.load("day-parts").words();

    /** "night" of "Friday night": the part of a day a weekday before it names. */
    static boolean dayPart(List<Token> t, int i) {
        return i > 0 && i < t.size() && DAY_PARTS.contains(t.get(i).lower()) && weekday(t.get(i - 1).lower()) != null;
    }

    static boolean inRelativePeriod(List<Token> t, int i) {
        return i > 0 && PERIODS.containsKey(t.get(i - 1).lower() + " " + t.get(i).lower())
                || i + 1 < t.size() && PERIODS.containsKey(t.get(i).lower() + " " + t.get(i + 1).lower());
    }

    /** "last week", "next month", "this year": the calendar period before, of or after the statement's. */
    private static Optional<DateSpan> relativePeriod(List<Token> t, int i, DateSpan statedOn, BitSet used) {
        if (i + 1 >= t.size()) {
            return Optional.empty();
        }
        String rule = PERIODS.get(t.get(i).lower() + " " + t.get(i + 1).lower());
        if (rule == null) {
            return Optional.empty();
        }
        String[] parts = rule.split(":");
        int offset = Integer.parseInt(parts[1].replace("+", ""));
        LocalDate day = statedOn.latest();
        DateSpan span = switch (parts[0]) {
            case "day" -> new DateSpan(day.plusDays(offset), day.plusDays(offset));
            case "week" -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset);
                yield new DateSpan(monday, monday.plusDays(6));
            }
            case "month" -> {
                YearMonth month = YearMonth.from(day).plusMonths(offset);
                yield new DateSpan(month.atDay(1), month.atEndOfMonth());
            }
            case "year" -> {
                int year = day.getYear() + offset;
                yield new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            default -> throw new IllegalStateException("lexicon/relative-periods.txt: unknown unit " + rule);
        };
        used.set(i, i + 2);
        return Optional.of(span);
    }

    /** "the 18th century", "the 1980s". */
    private static Optional<DateSpan> centuryOrDecade(List<Token> t, int i, BitSet used) {
        String w = t.get(i).lower();
        String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
        if (ORDINAL.matcher(w).matches() && next.equals("century")) {
            int century = Integer.parseInt(w.replaceAll("\\D", ""));
            used.set(i, i + 2);
            return Optional.of(new DateSpan(LocalDate.of((century - 1) * 100 + 1, 1, 1), LocalDate.of(century * 100, 12, 31)));
        }
        if (DECADE.matcher(w).matches()) {
            int decade = w.startsWith("'") ? 1900 + Integer.parseInt(w.substring(1, 3)) : Integer.parseInt(w.substring(0, 4));
            used.set(i);
            return Optional.of(new DateSpan(LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31)));
        }
        return Optional.empty();
    }

    /** "a.m." of "1 a.m.": part of a time of day, no thing. */
    static boolean clockSuffix(List<Token> t, int i) {
        String before = i > 0 ? t.get(i - 1).lower() : "";
        return !before.isEmpty() && Character.isDigit(before.charAt(0)) && HOUR_SUFFIX.matcher(t.get(i).lower()).matches();
    }

    /** "6 a.m.", "10:30", "at 0900": the hour does not change the day, and is not a count. */
    private static void markTimesOfDay(List<Token> t, BitSet used) {
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).lower();
            String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
            String prev = i > 0 ? t.get(i - 1).lower() : "";
            boolean clock = !w.isEmpty() && Character.isDigit(w.charAt(0)) && (CLOCK.matcher(w).matches()
                    || HOUR.matcher(w).matches() && AFTER_HOUR.matcher(next).matches()
                    || MILITARY.matcher(w).matches() && prev.equals("at") && !isYear(w));
            if (clock) {
                used.set(i);
                if (HOUR_SUFFIX.matcher(next).matches()) {
                    used.set(i + 1);
                }
            }
        }
    }

    private static Optional<DateSpan> monthDate(List<Token> t, int i, Month month, DateSpan statedOn, BitSet used, boolean ahead) {
        Integer day = null;
        Integer year = null;
        int end = i;
        if (i + 1 < t.size() && isDay(t.get(i + 1).lower())) {
            day = Integer.parseInt(digits(t.get(i + 1).lower()));
            end = i + 1;
        } else if (i > 0 && isDay(t.get(i - 1).lower())) {
            day = Integer.parseInt(digits(t.get(i - 1).lower()));
            used.set(i - 1);
        } else if (i > 1 && t.get(i - 1).lower().equals("of") && isDay(t.get(i - 2).lower())) {
            day = Integer.parseInt(digits(t.get(i - 2).lower()));
            used.set(i - 2);
        }
        int next = end + 1;
        if (next < t.size() && t.get(next).text().equals(",")) {
            next++;
        }
        if (next < t.size() && isYear(t.get(next).lower())) {
            year = Integer.parseInt(t.get(next).lower());
            end = next;
        }
        if (day == null && year == null && (i == 0 || !MONTH_INTRODUCERS.contains(t.get(i - 1).lower()))) {
            return Optional.empty(); // "may", "march" as plain words
        }
        used.set(i, end + 1);
        int y = year != null ? year : ahead ? yearFrom(month, day, statedOn) : yearBefore(month, day, statedOn);
        try {
            if (day != null) {
                return Optional.of(DateSpan.ofDay(LocalDate.of(y, month, day)));
            }
            YearMonth ym = YearMonth.of(y, month);
            return Optional.of(new DateSpan(ym.atDay(1), ym.atEndOfMonth()));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A date without a year is the most recent such date not after the statement. */
    private static int yearBefore(Month month, Integer day, DateSpan statedOn) {
        LocalDate ref = statedOn.latest();
        LocalDate candidate = LocalDate.of(ref.getYear(), month, day == null ? 1 : Math.min(day, month.minLength()));
        return candidate.isAfter(ref) ? ref.getYear() - 1 : ref.getYear();
    }

    /** A date without a year in a claim about the future is the first such date not before the statement. */
    private static int yearFrom(Month month, Integer day, DateSpan statedOn) {
        LocalDate ref = statedOn.earliest();
        LocalDate candidate = LocalDate.of(ref.getYear(), month, day == null ? month.length(ref.isLeapYear()) : Math.min(day, month.minLength()));
        return candidate.isBefore(ref) ? ref.getYear() + 1 : ref.getYear();
    }

    private static DateSpan nextWeekday(DayOfWeek day, DateSpan statedOn) {
        LocalDate from = statedOn.earliest().with(TemporalAdjusters.nextOrSame(day));
        LocalDate to = statedOn.latest().with(TemporalAdjusters.nextOrSame(day));
        return new DateSpan(from, to);
    }

    private static DateSpan lastWeekday(DayOfWeek day, DateSpan statedOn) {
        LocalDate from = statedOn.earliest().with(TemporalAdjusters.previousOrSame(day));
        LocalDate to = statedOn.latest().with(TemporalAdjusters.previousOrSame(day));
        return new DateSpan(from, to);
    }

    static Month month(String w) {
        String s = w.replace(".", "");
        for (Month m : Month.values()) {
            String full = m.name().toLowerCase(Locale.ROOT);
            if (s.equals(full) || (s.length() >= 3 && full.startsWith(s) && !s.equals("mar") && !s.equals("may"))) {
                return m;
            }
        }
        return null;
    }

    static DayOfWeek weekday(String w) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (w.equals(d.name().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        return null;
    }

    private static boolean isDay(String w) {
        String d = digits(w);
        if (d.isEmpty() || d.length() > 2 || !DAY.matcher(w).matches()) {
            return false;
        }
        int n = Integer.parseInt(d);
        return n >= 1 && n <= 31;
    }

    static boolean isYear(String w) {
        return YEAR.matcher(w).matches();
    }

    private static String digits(String w) {
        return w.replaceAll("\\D", "");
    }
}
