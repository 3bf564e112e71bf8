package io.claimwatch.intake;

import io.claimwatch.analysis.DateSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an article into draft statements: pure (no I/O), the same text and date always give the
 * same drafts. Speakers referred to again ("he added", "Urban said", "the ministry said") are
 * resolved to the last one named that fits; dates are resolved against the publication date and
 * the date of the last dated sentence.
 */
public final class ArticleIntake {

    /** Undated remarks: any day of this many days before publication, said plainly in the draft. */
    static final int UNDATED_WINDOW_DAYS = 30;

    private final Words words = Words.SHARED;
    private final Blocks blocks = new Blocks(words);
    private final Sentences sentences = new Sentences(words);
    private final Dates dates = new Dates(words);
    private final SpeakerPhrases phrases = new SpeakerPhrases(words);
    private final Attributions attributions = new Attributions(words, phrases);

    /**
     * @param published           the publication date (a day or an interval)
     * @param outlet              the outlet's name, the speaker of the article's own assertions; may be null
     * @param includeUnattributed whether the article's own assertions become drafts
     */
    public IntakeResult read(String original, DateSpan published, String outlet, boolean includeUnattributed) {
        // one character for one, so spans still point into the original text
        String text = original.replaceAll("[\\u00A0\\u2007\\u2009\\u202F\\t]", " ");
        State state = new State(text, published);
        List<Block> skipped = new ArrayList<>();
        for (Block block : blocks.split(text)) {
            if (block.kind() != Block.Kind.BODY) {
                skipped.add(block);
                continue;
            }
            for (Span sentence : sentences.split(text, block.span())) {
                readSentence(state, sentence, outlet, includeUnattributed);
            }
        }
        return new IntakeResult(List.copyOf(state.drafts), List.copyOf(skipped));
    }

    private static final class State {
        final String text;
        final DateSpan published;
        final boolean[] mask;
        final List<Draft> drafts = new ArrayList<>();
        DateSpan lastDate;
        Draft previousSentenceDraft;
        /** An earlier speaker the sentence before opened with, giving no remark ("Ortiz dismissed the idea."): the next "she". */
        Draft mentioned;

        /** The drafts so far, the latest first. */
        List<Draft> latestFirst() {
            List<Draft> earlier = new ArrayList<>(drafts);
            java.util.Collections.reverse(earlier);
            return earlier;
        }

        State(String text, DateSpan published) {
            this.text = text;
            this.published = published;
            this.mask = new boolean[text.length() + 1];
        }
    }

    private void readSentence(State st, Span sentence, String outlet, boolean includeUnattributed) {
        boolean[] local = Attributions.quoted(sentence.of(st.text));
        System.arraycopy(local, 0, st.mask, sentence.start(), sentence.end() - sentence.start());
        Optional<Attributed> found = attributions.find(st.text, sentence);
        Optional<Resolved> speaker = found.flatMap(a -> resolve(st, a.speaker()).or(() -> namedInClause(st, a))
                .or(() -> described(a.speaker())));
        Draft draft = null;
        if (found.isPresent() && speaker.isPresent()) {
            draft = attributed(st, found.get(), speaker.get());
        } else if (isWholeQuote(sentence.of(st.text)) && st.previousSentenceDraft != null) {
            Draft prev = st.previousSentenceDraft;
            draft = draft(st, sentence, prev.speaker(), prev.reportedBy(), DateSpan.parse(prev.statedOn()), prev.datePhrase(),
                    "same remark as the sentence before", 0.6, "continues");
        } else {
            List<FoundDate> inSentence = dates.find(st.text, sentence, st.mask, st.published, st.lastDate);
            if (!inSentence.isEmpty()) {
                st.lastDate = inSentence.get(inSentence.size() - 1).date();
            }
            if (includeUnattributed) {
                FoundSpeaker own = new FoundSpeaker(null, null, outlet, null, outlet, false);
                draft = draft(st, sentence, own, outlet, st.published, null, "publication: the article's own assertion", 0.5, null);
            }
        }
        if (draft != null) {
            st.drafts.add(draft);
        }
        st.mentioned = draft != null ? null : openingSpeaker(st, sentence).orElse(null); // for the next sentence only
        st.previousSentenceDraft = draft;
    }

    /** The earlier person speaker whose surname opens the sentence ("Ortiz dismissed the idea."), if any. */
    private static Optional<Draft> openingSpeaker(State st, Span sentence) {
        String first = sentence.of(st.text).strip().split("[\\s,]+", 2)[0];
        return st.latestFirst().stream().filter(d -> d.speaker() != null && d.speaker().isPerson()
                && (d.speaker().name().equals(first) || d.speaker().name().endsWith(" " + first))).findFirst();
    }

    private record Resolved(FoundSpeaker speaker, double confidence, Draft earlier) {
    }

    private Draft attributed(State st, Attributed a, Resolved who) {
        FoundDate date = null;
        for (Span frame : a.frame()) {
            List<FoundDate> found = dates.find(st.text, frame, st.mask, st.published, st.lastDate);
            if (!found.isEmpty() && date == null) {
                date = found.get(0);
            }
        }
        DateSpan statedOn;
        String phrase;
        String basis;
        double dateConfidence;
        if (date != null) {
            statedOn = date.date();
            phrase = date.phrase();
            basis = "the phrase '" + date.phrase() + "'";
            dateConfidence = date.confidence();
            st.lastDate = statedOn;
        } else if (who.earlier() != null && (a.continues() || who.confidence() < 0.9)) {
            statedOn = DateSpan.parse(who.earlier().statedOn());
            phrase = who.earlier().datePhrase();
            basis = "same occasion as the speaker's previous remark";
            dateConfidence = a.continues() ? 0.85 : 0.7;
        } else if (words.presentReportingVerbs.contains(a.verb())) {
            statedOn = st.published;
            phrase = a.verb();
            basis = "present tense: as of publication";
            dateConfidence = 0.6;
        } else {
            statedOn = new DateSpan(st.published.earliest().minusDays(UNDATED_WINDOW_DAYS), st.published.latest());
            phrase = null;
            basis = "no date in the text: any day of the " + UNDATED_WINDOW_DAYS + " before publication";
            dateConfidence = 0.3;
        }
        String outlet = a.outlet();
        if (outlet == null && who.earlier() != null && a.continues()) {
            outlet = who.earlier().reportedBy();
        }
        return draft(st, a.content(), who.speaker(), outlet, statedOn, phrase, basis,
                Math.min(who.confidence(), dateConfidence), a.verb());
    }

    private Draft draft(State st, Span raw, FoundSpeaker speaker, String outlet, DateSpan statedOn, String phrase,
                        String basis, double confidence, String cue) {
        Span span = trimContent(st.text, raw);
        String inner = span.of(st.text);
        boolean verbatim = isWholeQuote(inner);
        if (verbatim) {
            span = new Span(span.start() + 1, span.end() - 1);
            span = trimContent(st.text, span);
        }
        String clean = span.of(st.text).replaceAll("[\"\u201C\u201D]", "").strip();
        if (!clean.isEmpty()) {
            clean = clean.substring(0, 1).toUpperCase(Locale.ROOT) + clean.substring(1);
        }
        if (!clean.matches("(?s).*[.!?\u2026]$")) {
            clean = clean + ".";
        }
        return new Draft(clean, verbatim ? "verbatim" : "paraphrase", speaker, outlet, statedOn.toString(), phrase, basis,
                span, Math.round(confidence * 100) / 100.0, cue);
    }

    /** Drops surrounding blanks, a final full stop or comma, so the span is the claim and nothing else. */
    private static Span trimContent(String text, Span s) {
        int start = s.start();
        int end = s.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",.;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (end > start + 1 && ",.".indexOf(text.charAt(end - 2)) >= 0 && Sentences.isDoubleQuote(text.charAt(end - 1))) {
            // "region,”" : the comma inside the closing quote is the writer's, not the speaker's
            return new Span(start, end);
        }
        return new Span(start, end);
    }

    /** The whole text is one quotation: it opens and closes with quotation marks and has none in between. */
    static boolean isWholeQuote(String s) {
        String t = s.strip().replaceAll("[.,;:]+$", "");
        if (t.length() < 2 || !Sentences.isDoubleQuote(t.charAt(0)) || !Sentences.isDoubleQuote(t.charAt(t.length() - 1))) {
            return false;
        }
        return t.substring(1, t.length() - 1).chars().noneMatch(c -> Sentences.isDoubleQuote((char) c));
    }

    /** Resolves pronouns, surnames, bare titles and nationality-only organisations against earlier drafts. */
    private Optional<Resolved> resolve(State st, FoundSpeaker found) {
        List<Draft> earlier = st.latestFirst();
        String phrase = found.phrase() == null ? "" : found.phrase().toLowerCase(Locale.ROOT).strip();
        String pronounKind = words.pronouns.get(phrase);
        if (pronounKind != null) {
            boolean person = pronounKind.equals("person");
            if (person && st.mentioned != null) {
                return Optional.of(new Resolved(st.mentioned.speaker(), 0.75, st.mentioned));
            }
            return earlier.stream().filter(d -> d.speaker() != null && d.speaker().isPerson() == person
                            && (person || d.speaker().organisation() != null))
                    .findFirst().map(d -> new Resolved(d.speaker(), 0.75, d));
        }
        if (!found.isPerson() && found.title() != null) { // "the spokesperson said"
            List<String> titleWords = Arrays.stream(found.title().toLowerCase(Locale.ROOT).split("\\s+"))
                    .filter(words.titles::contains).toList();
            Optional<Resolved> named = earlier.stream().filter(d -> d.speaker() != null && d.speaker().isPerson() && d.speaker().title() != null
                            && titleWords.stream().anyMatch(d.speaker().title().toLowerCase(Locale.ROOT)::contains))
                    .findFirst().map(d -> new Resolved(d.speaker(), 0.7, d));
            if (named.isPresent()) {
                return named;
            }
            // "witnesses said", "the prime minister said", "a spokesman added" with no one of that role named before:
            // the role is the speaker, less surely; a spokesman right after a body's remark speaks for that body
            boolean voice = titleWords.stream().anyMatch(words.voiceTitles::contains);
            Optional<FoundSpeaker> body = earlier.stream().findFirst().map(Draft::speaker)
                    .filter(d -> voice && !d.isPerson() && d.title() == null && d.organisation() != null);
            return Optional.of(new Resolved(body.map(b -> found.withOrganisation(b.organisation(), b.country(), true)).orElse(found),
                    0.5, null));
        }
        if (!found.isPerson()) {
            String org = found.organisation();
            if (org != null && !org.isEmpty() && Character.isLowerCase(org.charAt(0))) { // "the ministry said"
                Optional<Resolved> named = earlier.stream().filter(d -> d.speaker() != null && d.speaker().organisation() != null
                                && d.speaker().organisation().toLowerCase(Locale.ROOT).contains(org.toLowerCase(Locale.ROOT)))
                        .findFirst().map(d -> new Resolved(orgOnly(d.speaker()), 0.7, d));
                return named; // or named in the clause, or only described (readSentence)
            }
            if (org != null && !org.contains(" ")) { // "Urban said": a surname named before
                Optional<Draft> person = earlier.stream().filter(d -> d.speaker() != null && d.speaker().isPerson()
                        && d.speaker().name().endsWith(" " + org)).findFirst();
                if (person.isPresent()) {
                    return person.map(d -> new Resolved(d.speaker(), 0.85, d));
                }
                Optional<String> full = fullNameInText(st.text, org);
                if (full.isPresent()) { // "Veen told parliament" after "The transport minister, Clara Veen, rejected ..."
                    return Optional.of(new Resolved(new FoundSpeaker(full.get(), null, null, null, found.phrase(), false), 0.75, null));
                }
            }
            return org == null ? Optional.empty() : Optional.of(new Resolved(found, 0.85, null));
        }
        Optional<Draft> partOfOrganisation = earlier.stream().filter(d -> d.speaker() != null && d.speaker().organisation() != null
                && found.organisation() == null && found.title() == null && found.name().contains(" ")
                && d.speaker().organisation().contains(found.name())).findFirst();
        if (partOfOrganisation.isPresent()) { // "the Joint Chiefs" after "South Korea's Joint Chiefs of Staff"
            return partOfOrganisation.map(d -> new Resolved(orgOnly(d.speaker()), 0.75, d));
        }
        Optional<Draft> same = earlier.stream().filter(d -> d.speaker() != null && found.name().equals(d.speaker().name())).findFirst();
        if (same.isPresent() && (found.organisation() == null || words.isOnlyCountry(found.organisation()))) {
            return Optional.of(new Resolved(same.get().speaker(), 0.9, same.get()));
        }
        if ((found.organisation() == null || words.isOnlyCountry(found.organisation())) && found.title() != null) {
            Optional<FoundSpeaker> colleague = colleague(earlier, found);
            if (colleague.isPresent()) {
                return Optional.of(new Resolved(found.withOrganisation(colleague.get().organisation(),
                        colleague.get().country(), true), 0.75, same.orElse(null)));
            }
        }
        return Optional.of(new Resolved(found, 0.9, same.orElse(null)));
    }

    private static final java.util.Set<String> FUNCTION_WORDS = io.claimwatch.analysis.LexiconFile.load("function-words").words();

    /** A single word a dictionary knows, or a function word: at a sentence's start its capital says nothing. */
    private static boolean commonWord(String name) {
        if (name.contains(" ")) {
            return false;
        }
        String w = name.toLowerCase(Locale.ROOT);
        io.claimwatch.analysis.Lexicon lexicon = io.claimwatch.analysis.Lexicon.shared();
        return FUNCTION_WORDS.contains(w) || lexicon.isNoun(w) || lexicon.isAdjective(w) || lexicon.isVerb(w)
                || lexicon.verbBaseOf(w, w) != null;
    }

    /** The first full name in the text that ends with {@code surname} ("Clara Veen" for "Veen"), titles left out. */
    private Optional<String> fullNameInText(String text, String surname) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("((?:\\p{Lu}[\\p{L}'\u2019-]+ ){1,2})"
                + java.util.regex.Pattern.quote(surname) + "\\b( \\p{L}+)?").matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start()).stripTrailing();
            if (before.isEmpty() || before.endsWith(".") || before.endsWith("\n") || before.endsWith("\"") || before.endsWith("\u201C")) {
                continue; // a sentence's first word is capitalised whatever it is ("At Tellco, sales fell")
            }
            String after = m.group(2) == null ? "" : m.group(2).strip().toLowerCase(Locale.ROOT);
            // a person's given names: no title, country or body ("South Korean Yonhap News" names no person)
            List<String> given = Arrays.stream(m.group(1).strip().split(" ")).filter(w -> !words.isTitle(w)
                    && !words.titleConnectors.contains(w.toLowerCase(Locale.ROOT)) && !words.isOnlyCountry(w)
                    && !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))
                    && !words.orgHeads.contains(w.toLowerCase(Locale.ROOT))).toList();
            if (!given.isEmpty() && given.size() == m.group(1).strip().split(" ").length
                    && !words.outletWords.contains(after) && !words.orgHeads.contains(after)) {
                return Optional.of(String.join(" ", given) + " " + surname);
            }
        }
        return Optional.empty();
    }

    /**
     * An earlier speaker of the same country sharing a role word: a writer who named "the defence
     * ministry spokesperson" often says just "South Korean spokesperson" for the next one.
     */
    private Optional<FoundSpeaker> colleague(List<Draft> earlier, FoundSpeaker found) {
        String country = found.country();
        if (country == null) {
            return Optional.empty();
        }
        List<String> roles = Arrays.stream(found.title().toLowerCase(Locale.ROOT).split("\\s+")).filter(words.titles::contains).toList();
        return earlier.stream().map(Draft::speaker)
                .filter(s -> s != null && s.isPerson() && country.equals(s.country()) && s.organisation() != null
                        && !words.isOnlyCountry(s.organisation()) && s.title() != null
                        && roles.stream().anyMatch(r -> Arrays.asList(s.title().toLowerCase(Locale.ROOT).split("\\s+")).contains(r)))
                .findFirst();
    }

    /**
     * "Lusimetal will close the plant, the company said": an organisation referred to by its kind
     * before any was named is the proper name the reported clause starts with.
     */
    private Optional<Resolved> namedInClause(State st, Attributed a) {
        String org = a.speaker().organisation();
        if (org == null || org.isEmpty() || !Character.isLowerCase(org.charAt(0))) {
            return Optional.empty();
        }
        // "German carmaker Voltwerk is recalling ...": past a country's adjective and a description to the name
        String content = a.content().of(st.text).replaceFirst("^[\"\u201C]", "");
        java.util.regex.Matcher described = DESCRIBED_NAME.matcher(content);
        if (described.find() && words.isOnlyCountry(described.group(1))) {
            content = content.substring(described.start(2));
        }
        java.util.regex.Matcher m = LEADING_NAME.matcher(content);
        if (!m.find() || words.isOnlyCountry(m.group(1)) || words.pronouns.containsKey(m.group(1).toLowerCase(Locale.ROOT))
                || words.titleConnectors.contains(m.group(1).toLowerCase(Locale.ROOT)) // "The death toll ...": no name
                || words.isTitle(m.group(1)) || words.isPluralTitle(m.group(1)) // "Nurses at the hospitals will strike"
                || commonWord(m.group(1))) { // "Rising prices have hurt", "In 2024, ...": capitalised as first words only
            return Optional.empty();
        }
        String name = m.group(1);
        return Optional.of(new Resolved(new FoundSpeaker(null, null, name, words.country(name).orElse(null), a.speaker().phrase(),
                false), 0.6, null));
    }

    /**
     * A body described but never named ("the regional disaster agency said", "the department said"): that
     * description is the speaker, less surely the shorter it is.
     */
    private static Optional<Resolved> described(FoundSpeaker found) {
        String org = found.organisation();
        if (found.isPerson() || found.title() != null || org == null || org.isEmpty() || !Character.isLowerCase(org.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(new Resolved(found, org.contains(" ") ? 0.6 : 0.5, null));
    }

    private static final java.util.regex.Pattern DESCRIBED_NAME =
            java.util.regex.Pattern.compile("^(\\p{Lu}\\p{L}+) (?!\\p{Ll}[\\p{L}-]*ed )\\p{Ll}[\\p{L}-]* (\\p{Lu})");

    private static final java.util.regex.Pattern LEADING_NAME =
            java.util.regex.Pattern.compile("^(?:The )?(\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,3})\\b");

    private static FoundSpeaker orgOnly(FoundSpeaker s) {
        return new FoundSpeaker(null, null, s.organisation(), s.country(), s.organisation(), false);
    }
}
