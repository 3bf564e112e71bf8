package io.claimwatch.intake;

import io.claimwatch.analysis.DateSpan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Date phrases of a sentence resolved against the publication date and the date of the last dated
 * sentence before. An ambiguous phrase gives the interval of every day it may mean, never one guess:
 * "last Monday" in a Friday article is that week's Monday or the one before.
 */
final class Dates {

    private static final String MONTHS = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "|" + m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + "\\.?")
            .collect(Collectors.joining("|"));
    private static final String WEEKDAYS = Arrays.stream(DayOfWeek.values())
            .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.joining("|"));
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(?:on )?(?<m>" + MONTHS + ") (?<d>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (?<y>\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(?:on )?(?<d>\\d{1,2})(?:st|nd|rd|th)? (?<m>" + MONTHS + ")(?: (?<y>\\d{4})\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "\\bin (?<m>" + MONTHS + ")(?: (?<y>\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?<last>last |this past )?(?:on )?(?<w>" + WEEKDAYS + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTED = Pattern.compile(
            "\\b(?<n>\\d{1,2}|\\p{L}+) (?<u>days?|weeks?) (?<dir>ago|later|earlier)\\b", Pattern.CASE_INSENSITIVE);

    private final Words words;
    private final Pattern relative;

    Dates(Words words) {
        this.words = words;
        String phrases = words.relativeDates.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.relative = Pattern.compile("\\b(?:" + phrases + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** Every date phrase in {@code region} of {@code text}, skipping characters {@code masked} (quotations). */
    List<FoundDate> find(String text, Span region, boolean[] masked, DateSpan published, DateSpan previous) {
        String s = region.of(text);
        List<FoundDate> out = new ArrayList<>();
        boolean[] taken = new boolean[s.length()];
        scan(MONTH_DAY, s, region, masked, taken, out, m -> monthDay(m, published));
        scan(DAY_MONTH, s, region, masked, taken, out, m -> monthDay(m, published));
        scan(MONTH_ONLY, s, region, masked, taken, out, m -> monthOnly(m, published));
        scan(WEEKDAY, s, region, masked, taken, out, m -> weekday(m, published));
        scan(COUNTED, s, region, masked, taken, out, m -> counted(m, published, previous));
        scan(relative, s, region, masked, taken, out, m -> relative(m.group().toLowerCase(Locale.ROOT), published, previous));
        out.sort(Comparator.comparingInt(f -> f.span().start()));
        return out;
    }

    private record Resolved(DateSpan date, double confidence) {
    }

    private static void scan(Pattern p, String s, Span region, boolean[] masked, boolean[] taken, List<FoundDate> out,
                             Function<Matcher, Optional<Resolved>> resolve) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            if (masked[region.start() + m.start()] || taken[m.start()]) {
                continue;
            }
            Optional<Resolved> r = resolve.apply(m);
            if (r.isPresent()) {
                Arrays.fill(taken, m.start(), m.end(), true);
                String phrase = m.group().replaceFirst("(?i)^on ", "");
                int start = region.start() + m.end() - phrase.length();
                out.add(new FoundDate(r.get().date(), phrase, new Span(start, region.start() + m.end()), r.get().confidence()));
            }
        }
    }

    private static Optional<Month> month(String word) {
        String w = word.replace(".", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(Month.values())
                .filter(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(w) && w.length() >= 3)
                .findFirst();
    }

    /** A month and day without a year belong to the latest year that puts them on or before publication. */
    private static Optional<Resolved> monthDay(Matcher m, DateSpan published) {
        Optional<Month> month = month(m.group("m"));
        int day = Integer.parseInt(m.group("d"));
        if (month.isEmpty() || day < 1 || day > month.get().maxLength()) {
            return Optional.empty();
        }
        if (m.group("y") != null) {
            int year = Integer.parseInt(m.group("y"));
            return day <= month.get().length(java.time.Year.isLeap(year))
                    ? Optional.of(new Resolved(DateSpan.ofDay(LocalDate.of(year, month.get(), day)), 0.95)) : Optional.empty();
        }
        LocalDate anchor = published.latest();
        int year = anchor.getYear();
        if (!java.time.Year.isLeap(year) && month.get() == Month.FEBRUARY && day == 29) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(year, month.get(), day);
        if (date.isAfter(anchor)) {
            date = date.minusYears(1);
        }
        return Optional.of(new Resolved(DateSpan.ofDay(date), 0.9));
    }

    private static Optional<Resolved> monthOnly(Matcher m, DateSpan published) {
        Optional<Month> month = month(m.group("m"));
        if (month.isEmpty()) {
            return Optional.empty();
        }
        int year = m.group("y") != null ? Integer.parseInt(m.group("y"))
                : (month.get().getValue() > published.latest().getMonthValue() ? published.latest().getYear() - 1 : published.latest().getYear());
        LocalDate first = LocalDate.of(year, month.get(), 1);
        return Optional.of(new Resolved(new DateSpan(first, first.with(TemporalAdjusters.lastDayOfMonth())), 0.8));
    }

    /**
     * "on Monday": the latest Monday up to publication. "last Monday": that day or the week before,
     * since writers use it both ways; the interval keeps both.
     */
    private static Optional<Resolved> weekday(Matcher m, DateSpan published) {
        DayOfWeek day = DayOfWeek.valueOf(m.group("w").toUpperCase(Locale.ROOT));
        LocalDate early = published.earliest().with(TemporalAdjusters.previousOrSame(day));
        LocalDate late = published.latest().with(TemporalAdjusters.previousOrSame(day));
        if (m.group("last") != null) {
            LocalDate latest = published.latest().with(TemporalAdjusters.previous(day));
            LocalDate earliest = published.earliest().with(TemporalAdjusters.previous(day)).minusWeeks(1);
            return Optional.of(new Resolved(new DateSpan(earliest, latest), 0.6));
        }
        return Optional.of(new Resolved(new DateSpan(early, late), 0.85));
    }

    private Optional<Resolved> counted(Matcher m, DateSpan published, DateSpan previous) {
        String n = m.group("n").toLowerCase(Locale.ROOT);
        Integer count = n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : words.numbers.get(n);
        if (count == null) {
            return Optional.empty();
        }
        int days = count * (m.group("u").toLowerCase(Locale.ROOT).startsWith("week") ? 7 : 1);
        return switch (m.group("dir").toLowerCase(Locale.ROOT)) {
            case "ago" -> Optional.of(new Resolved(shift(published, -days), 0.85));
            case "later" -> previous == null ? Optional.empty() : Optional.of(new Resolved(shift(previous, days), 0.8));
            default -> previous == null ? Optional.empty() : Optional.of(new Resolved(shift(previous, -days), 0.8));
        };
    }

    private Optional<Resolved> relative(String phrase, DateSpan published, DateSpan previous) {
        String rule = words.relativeDates.get(phrase);
        if (rule == null) {
            return Optional.empty();
        }
        String[] parts = rule.split(":");
        LocalDate p = published.latest();
        return switch (parts[0]) {
            case "day" -> Optional.of(new Resolved(shift(published, Integer.parseInt(parts[1])), 0.9));
            case "prev" -> previous == null ? Optional.empty()
                    : Optional.of(new Resolved(shift(previous, Integer.parseInt(parts[1])), 0.8));
            case "week" -> {
                LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield Optional.of(new Resolved(switch (parts[1]) {
                    case "last" -> new DateSpan(monday.minusWeeks(1), monday.minusDays(1));
                    case "earlier" -> new DateSpan(monday, p.equals(monday) ? p : p.minusDays(1));
                    default -> new DateSpan(monday, p);
                }, 0.7));
            }
            case "month" -> {
                LocalDate first = p.withDayOfMonth(1);
                yield Optional.of(new Resolved(switch (parts[1]) {
                    case "last" -> new DateSpan(first.minusMonths(1), first.minusDays(1));
                    case "earlier" -> new DateSpan(first, p.equals(first) ? p : p.minusDays(1));
                    default -> new DateSpan(first, p);
                }, 0.7));
            }
            default -> throw new IllegalStateException("lexicon/intake-relative-dates.txt: unknown rule " + rule);
        };
    }

    private static DateSpan shift(DateSpan span, int days) {
        return new DateSpan(span.earliest().plusDays(days), span.latest().plusDays(days));
    }

}
