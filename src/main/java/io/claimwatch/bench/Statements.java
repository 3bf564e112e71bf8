package io.claimwatch.bench;

import java.util.List;
import java.util.Random;

/** Generated statements shaped like wire copy, so detection has real work: events, counts, states, negations. */
final class Statements {

    static final List<String> SOURCES = List.of("ministry", "agency", "daily", "embassy");
    private static final List<String> PARTIES = List.of("the two governments", "the rebels and the army",
            "the unions and the employers", "the neighbouring states", "the coalition partners");
    private static final List<String> EVENTS = List.of("talks", "negotiations", "the ceasefire", "the inquiry", "the strike");
    private static final List<String> PLACES = List.of("the capital", "the border town", "the port", "the northern province");
    private static final List<String> TEMPLATES = List.of(
            "%1$s have begun %2$s.",
            "%2$s have not yet begun, and there is no timetable.",
            "At least %3$d people were killed in %4$s.",
            "%3$d people were arrested in %4$s on Tuesday.",
            "The minister said %2$s would start next week.",
            "Officials denied that %2$s had been suspended.",
            "The border crossing at %4$s is open.",
            "The border crossing at %4$s is closed.");

    private Statements() {
    }

    /** The same statement as {@link #generate} with an externalId, as one NDJSON line (no newline). */
    static String line(int n, String run, int topics) {
        String json = generate(new Random(n), run, topics);
        return json.substring(0, json.length() - 1) + ",\"externalId\":\"" + run + "-" + n + "\"}";
    }

    /** Just the text and the day of statement {@code n}, as {@link #generate} makes them. */
    static String[] textAndDay(int n) {
        Random random = new Random(n);
        String text = String.format(pick(random, TEMPLATES), pick(random, PARTIES), pick(random, EVENTS),
                1 + random.nextInt(200), pick(random, PLACES));
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        String date = String.format("2016-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new String[] {text, date};
    }

    static String generate(Random random, String run, int topics) {
        return post(text(random), pick(random, SOURCES) + "-" + run, date(random), "t" + random.nextInt(topics) + "-" + run);
    }

    /** One generated text. */
    static String text(Random random) {
        String text = String.format(pick(random, TEMPLATES), pick(random, PARTIES), pick(random, EVENTS),
                1 + random.nextInt(200), pick(random, PLACES));
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A text about talks beginning or not: every one shares the keys of a topic about those talks. */
    static String talk(Random random) {
        String text = String.format(pick(random, TEMPLATES.subList(0, 2)), pick(random, PARTIES), "talks", 0, "");
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String date(Random random) {
        return String.format("2016-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    static String source(Random random, String run) {
        return pick(random, SOURCES) + "-" + run;
    }

    static String post(String text, String sourceId, String date, String topicId) {
        return "{\"text\":\"" + text + "\",\"sourceId\":\"" + sourceId + "\",\"statedOn\":\"" + date
                + "\",\"topicIds\":[\"" + topicId + "\"]}";
    }

    private static String pick(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
