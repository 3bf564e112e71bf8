package io.claimwatch.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds who a sentence attributes a claim to: "X said (that) P", "X told Y that P", "P, X said",
 * "\"Q,\" said X on D", "Y reported that P", "P, reported Y" (with the clause's own speaker when it
 * has one: "X expressed concern, reported Y"), "P, according to Y". Quoted text never holds the
 * attribution, and a "said" inside a relative clause ("what it said was") is none.
 */
final class Attributions {

    private static final int MIN_CLAUSE_TOKENS = 3;
    private final Words words;
    private final SpeakerPhrases phrases;

    Attributions(Words words, SpeakerPhrases phrases) {
        this.words = words;
        this.phrases = phrases;
    }

    /** Marks the characters of {@code s} inside quotation marks (the marks included). */
    static boolean[] quoted(String s) {
        boolean[] mask = new boolean[s.length() + 1];
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean opens = c == '\u201C' || c == '"' && open < 0;
            boolean closes = c == '\u201D' || c == '"' && open >= 0;
            if (open < 0 && opens) {
                open = i;
            } else if (open >= 0 && closes) {
                for (int j = open; j <= i; j++) {
                    mask[j] = true;
                }
                open = -1;
            }
        }
        if (open >= 0) {
            for (int j = open; j < s.length(); j++) {
                mask[j] = true; // a quotation that runs on into the next paragraph
            }
        }
        return mask;
    }

    Optional<Attributed> find(String text, Span sentence) {
        String s = sentence.of(text);
        boolean[] mask = quoted(s);
        List<Tok> toks = Tok.of(s);
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).lower();
            if (mask[toks.get(i).start()] || !words.reportingVerbs.containsKey(w) || toks.get(i).capitalised()) {
                continue;
            }
            Optional<Attributed> found = atVerb(s, toks, mask, i);
            if (found.isPresent()) {
                return found.map(a -> shift(a, sentence.start()));
            }
        }
        return accordingTo(s, toks, mask).or(() -> denial(s, toks, mask)).map(a -> shift(a, sentence.start()));
    }

    /**
     * "Reis denied that the government had been slow to respond", "He dismissed reports that P": a denial made by
     * the subject that opens the clause. The clause is the claim as a whole, denial included, so its content is
     * read as denied; the subject is the speaker.
     */
    private Optional<Attributed> denial(String s, List<Tok> toks, boolean[] mask) {
        for (int v = 1; v + 1 < toks.size(); v++) {
            Tok t = toks.get(v);
            if (mask[t.start()] || t.capitalised() || !words.denialVerbs.contains(t.lower()) || !deniesAProposition(toks, v)) {
                continue;
            }
            int j = v - 1;
            while (j >= 0 && words.auxiliaries.contains(toks.get(j).lower()) && !toks.get(j).closesPhrase()) {
                if (PASSIVE_AUXILIARIES.contains(toks.get(j).lower())) {
                    return Optional.empty(); // "the council was denied funding": denied to it, not by it
                }
                j--;
            }
            if (j < 0 || toks.get(j).closesPhrase() || mask[toks.get(j).start()]) {
                return Optional.empty();
            }
            int start = words.pronouns.containsKey(toks.get(j).lower()) ? j : phrases.scanBack(toks, j);
            if (start > j || start > 0 && !toks.get(start - 1).closesPhrase()) {
                return Optional.empty(); // the subject must open the clause: no denial inside a relative clause
            }
            Optional<FoundSpeaker> speaker = phrases.parse(s.substring(toks.get(start).start(), toks.get(j).end()));
            if (speaker.isEmpty()) {
                return Optional.empty();
            }
            Span content = new Span(toks.get(start).start(), s.length());
            return Optional.of(new Attributed(content, speaker.get(), null, t.lower(), false,
                    List.of(new Span(0, content.start()))));
        }
        return Optional.empty();
    }

    private Optional<Attributed> atVerb(String s, List<Tok> toks, boolean[] mask, int v) {
        String verb = toks.get(v).lower();
        boolean continues = words.reportingVerbs.get(verb);
        int j = v - 1;
        while (j >= 0 && words.auxiliaries.contains(toks.get(j).lower()) && !toks.get(j).closesPhrase()) {
            j--;
        }
        boolean pronoun = j >= 0 && !toks.get(j).closesPhrase() && words.pronouns.containsKey(toks.get(j).lower());
        int subjectStart = pronoun ? j : j >= 0 && !toks.get(j).closesPhrase() ? phrases.scanBack(toks, j) : j + 1;
        if (subjectStart <= j && !pronoun) {
            // lower-case words of a title before the name, back to a comma or the start ("transport minister X")
            int ext = subjectStart;
            while (ext > 0 && subjectStart - ext < 3 && !toks.get(ext - 1).closesPhrase() && !toks.get(ext - 1).capitalised()
                    && !words.embeddingWords.contains(toks.get(ext - 1).lower()) && !mask[toks.get(ext - 1).start()]) {
                ext--;
            }
            if (ext < subjectStart && (ext == 0 || toks.get(ext - 1).closesPhrase()
                    || ext == 1 && words.clauseJoiners.contains(toks.get(0).lower()))) { // "But aid workers said"
                subjectStart = ext;
            }
        }
        if (subjectStart <= j) {
            if (subjectStart > 0 && words.embeddingWords.contains(toks.get(subjectStart - 1).lower())) {
                return Optional.empty();
            }
            Optional<FoundSpeaker> speaker = phrases.parse(s.substring(toks.get(subjectStart).start(), toks.get(j).end()));
            if (speaker.isEmpty()) {
                return Optional.empty();
            }
            return subjectFirst(s, toks, mask, v, subjectStart, speaker.get(), verb, continues);
        }
        Optional<Attributed> apposed = appositiveSubject(s, toks, mask, v, j, verb, continues);
        if (apposed.isPresent() || v == 0 || v + 1 >= toks.size()) {
            return apposed;
        }
        return inverted(s, toks, mask, v, verb, continues);
    }

    /**
     * Where a remark ends: before ", but warned that ..." (the speaker's next remark, a verb of its own), else at the
     * end of the sentence.
     */
    private int remarkEnd(String s, List<Tok> toks, boolean[] mask, int from) {
        for (int i = from + 2; i + 1 < toks.size(); i++) {
            if (toks.get(i).lower().equals("but") && toks.get(i - 1).text().endsWith(",") && !mask[toks.get(i).start()]
                    && words.reportingVerbs.containsKey(toks.get(i + 1).lower())) {
                return toks.get(i - 1).end() - 1;
            }
        }
        return s.length();
    }

    private static final java.util.Set<String> ARTICLES = io.claimwatch.analysis.LexiconFile.load("determiners").withField("article");
    /** "was denied funding": a form of "be" before a denial verb makes it passive */
    private static final java.util.Set<String> PASSIVE_AUXILIARIES = io.claimwatch.analysis.LexiconFile.load("intake-be-forms").words();

    private static boolean startsLowerCase(String text) {
        return text.codePoints().filter(Character::isLetter).findFirst().stream().anyMatch(Character::isLowerCase);
    }

    /**
     * What follows a denial verb states something: "that P" within a few words ("denied reports that P"), an act
     * ("denied taking bribes") or "any" of one ("denied any wrongdoing"); not "dismissed the idea".
     */
    private static boolean deniesAProposition(List<Tok> toks, int v) {
        String next = toks.get(v + 1).lower();
        if (next.endsWith("ing") && !next.endsWith("thing") || next.equals("any")) {
            return true; // "denied taking bribes", "denied any wrongdoing"; not "denied nothing"
        }
        for (int k = v + 1; k < toks.size() && k <= v + 4; k++) {
            if (toks.get(k).lower().equals("that")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X, the sister of Y, warned that P" and "A spokesman for Z, X, said P": the subject is the
     * name on one side of the commas, the title or description on the other.
     */
    private Optional<Attributed> appositiveSubject(String s, List<Tok> toks, boolean[] mask, int v, int j,
                                                   String verb, boolean continues) {
        if (j < 1 || !toks.get(j).text().endsWith(",") || mask[toks.get(j).start()]) {
            return Optional.empty();
        }
        int prev = j - 1;
        while (prev >= 0 && j - prev < 14 && !toks.get(prev).text().endsWith(",")) {
            prev--;
        }
        int chunkStart = prev < 0 ? 0 : prev + 1;
        String chunk = s.substring(toks.get(chunkStart).start(), toks.get(j).end());
        String first = toks.get(chunkStart).lower();
        boolean age = chunkStart == j && toks.get(j).text().matches("\\d{1,3},"); // "Mayor Dan Kepler, 54, said"
        if (prev >= 0 && (words.relativeWords.contains(first) || first.endsWith("ing") || age)) {
            // "Opposition leader X, whose party tabled the motion, said P", "A source, speaking on condition of
            // anonymity, said P": the clause is about the speaker, not the speaker
            int nameStart = phrases.scanBack(toks, prev);
            if (nameStart > prev || nameStart > 0 && !toks.get(nameStart - 1).closesPhrase()) {
                return Optional.empty();
            }
            Optional<FoundSpeaker> who = phrases.parse(s.substring(toks.get(nameStart).start(), toks.get(prev).end()));
            return who.flatMap(w -> subjectFirst(s, toks, mask, v, nameStart, w, verb, continues));
        }
        Optional<FoundSpeaker> name = Optional.empty();
        Optional<FoundSpeaker> described;
        int subjectStart;
        if (prev >= 0 && (first.equals("the") || first.equals("a") || first.equals("an") || words.isTitle(first))) {
            int nameStart = phrases.scanBack(toks, prev); // "X, the sister of Y,"
            if (nameStart > prev) {
                return Optional.empty();
            }
            name = phrases.parse(s.substring(toks.get(nameStart).start(), toks.get(prev).end()));
            described = Optional.of(new FoundSpeaker(null, chunk.replaceAll("[,]$", "").replaceFirst("(?i)^(the|an?) ", ""),
                    null, null, chunk, false));
            subjectStart = nameStart;
        } else {
            name = phrases.parse(chunk); // "A spokesman for Z, X,"
            int descStart = prev;
            while (descStart > 0 && !toks.get(descStart - 1).closesPhrase()) {
                descStart--;
            }
            if (prev < 0 || descStart < 0) {
                return Optional.empty();
            }
            String description = s.substring(toks.get(descStart).start(), toks.get(prev).end()).replaceAll(",$", "");
            if (Tok.of(description).stream().noneMatch(t -> words.isTitle(t.word()))) {
                return Optional.empty();
            }
            described = Optional.of(new FoundSpeaker(null, description.replaceFirst("(?i)^(the|an?) ", ""), null, null, description, false));
            subjectStart = descStart;
        }
        if (name.isEmpty() || !name.get().isPerson()) {
            return Optional.empty();
        }
        FoundSpeaker speaker = name.get();
        String title = described.get().title();
        int forAt = title.toLowerCase(Locale.ROOT).indexOf(" for ");
        if (forAt > 0 && speaker.organisation() == null) { // "spokesman for the State Department"
            String org = SpeakerPhrases.stripArticle(title.substring(forAt + 5));
            speaker = speaker.withTitle(title.substring(0, forAt)).withOrganisation(org, words.country(org).orElse(null), false);
        } else if (speaker.title() == null) {
            speaker = speaker.withTitle(title);
        }
        return subjectFirst(s, toks, mask, v, subjectStart, speaker, verb, continues);
    }

    /** "X said that P", "X told Y P", or "P, X said" / "\"Q,\" he added". */
    private Optional<Attributed> subjectFirst(String s, List<Tok> toks, boolean[] mask, int v, int subjectStart,
                                              FoundSpeaker speaker, String verb, boolean continues) {
        int k = v + 1;
        String outlet = null;
        if (k < toks.size() && words.audienceCues.contains(verb)) {
            if (k + 1 < toks.size() && toks.get(k).lower().equals("the") && toks.get(k + 1).capitalised()) {
                k++; // "told the Daily Courier"
            }
            int end = phrases.scanForward(toks, k);
            if (end > k && toks.get(k).capitalised()) {
                String named = s.substring(toks.get(k).start(), toks.get(end - 1).end());
                Optional<FoundSpeaker> who = phrases.parse(named);
                if (who.isPresent() && !who.get().isPerson() && who.get().organisation() != null) {
                    outlet = who.get().organisation();
                }
                k = end;
            } else if (k < toks.size() && !toks.get(k).capitalised()) {
                // "told reporters"; "told local radio", "told state television": up to the outlet word
                // modifiers only: no article and no plural audience on the way ("told lawmakers the agency had ...")
                int outletAt = k;
                while (outletAt < toks.size() && outletAt - k < 3 && !toks.get(outletAt).capitalised()
                        && !words.outletWords.contains(toks.get(outletAt).lower())
                        && !words.titleConnectors.contains(toks.get(outletAt).lower()) && !ARTICLES.contains(toks.get(outletAt).lower())
                        && !toks.get(outletAt).lower().endsWith("s") && !toks.get(outletAt).closesPhrase()) {
                    outletAt++;
                }
                boolean outletWord = outletAt < toks.size() && outletAt - k < 3 && words.outletWords.contains(toks.get(outletAt).lower());
                k = outletWord ? outletAt + 1 : k + 1;
            }
        }
        int contentStart = contentStart(toks, mask, k);
        String bare = verb;
        if (verb.startsWith("report") && !speaker.isPerson() && outlet == null) {
            outlet = speaker.organisation();
        }
        boolean marked = contentStart > 0 && (toks.get(contentStart - 1).lower().equals("that")
                || toks.get(contentStart - 1).text().endsWith(":") || toks.get(contentStart).opensWithQuote());
        // "Speaking to reporters in Brussels, the minister said P", "In a statement, X said P": a frame, not the remark
        String opening = toks.get(0).lower();
        boolean frameBefore = opening.endsWith("ing") || words.framePrepositions.contains(opening);
        boolean clauseBefore = subjectStart > 0 && endsClause(toks.get(subjectStart - 1)) && subjectStart >= MIN_CLAUSE_TOKENS - 1;
        // "\"We will rebuild,\" X said, \"and we will do it quickly.\"": the quote after only carries on the one before
        boolean carriesOn = clauseBefore && contentStart >= 0 && toks.get(contentStart).opensWithQuote()
                && toks.get(0).opensWithQuote() && startsLowerCase(s.substring(toks.get(contentStart).start()));
        if (contentStart >= 0 && toks.size() - contentStart >= MIN_CLAUSE_TOKENS && (marked || !clauseBefore || frameBefore)
                && !carriesOn) {
            Span content = new Span(toks.get(contentStart).start(), remarkEnd(s, toks, mask, contentStart));
            if (outlet == null) {
                outlet = outletBetween(s, toks, k, contentStart);
            }
            Optional<Attributed> according = accordingTo(content.of(s), Tok.of(content.of(s)),
                    java.util.Arrays.copyOfRange(mask, content.start(), mask.length));
            if (according.isPresent() && according.get().content().start() == 0 && outlet == null) {
                Attributed a = according.get(); // "X said that P, according to Y": Y carried X's remark
                Span inner = new Span(content.start(), content.start() + a.content().end());
                return Optional.of(new Attributed(inner, speaker, a.outlet(), bare, continues,
                        List.of(new Span(0, inner.start()), new Span(inner.end(), s.length()))));
            }
            return Optional.of(new Attributed(content, speaker, outlet, bare, continues,
                    List.of(new Span(0, content.start()))));
        }
        if (clauseBefore) {
            Span content = new Span(0, toks.get(subjectStart - 1).end());
            return Optional.of(new Attributed(content, speaker, outlet, bare, continues,
                    List.of(new Span(content.end(), s.length()))));
        }
        return Optional.empty();
    }

    /** "P, said X on D", "P, wrote X, from O, in Y", "P, reported Y" (and the clause's own speaker). */
    private Optional<Attributed> inverted(String s, List<Tok> toks, boolean[] mask, int v, String verb, boolean continues) {
        if (!endsClause(toks.get(v - 1))) {
            return Optional.empty();
        }
        int end = phrases.scanForward(toks, v + 1);
        if (end == v + 1) {
            return Optional.empty();
        }
        Optional<FoundSpeaker> parsed = phrases.parse(s.substring(toks.get(v + 1).start(), toks.get(end - 1).end()));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        FoundSpeaker speaker = parsed.get();
        String outlet = null;
        // appositives after the speaker: ", from the X Institute", ", in the Y"
        String rest = s.substring(toks.get(end - 1).end());
        for (String chunk : rest.split(",")) {
            String c = chunk.strip().replaceAll("[.;:]+$", "");
            if (c.matches("(?i)in (the )?\\p{Lu}.*")) {
                outlet = SpeakerPhrases.stripArticle(c.substring(3));
            } else if (c.matches("(?i)(from|of|at) (the )?\\p{Lu}.*") && speaker.isPerson() && speaker.organisation() == null) {
                speaker = phrases.withAppositive(speaker, c);
            }
        }
        Span content = new Span(0, toks.get(v - 1).end());
        List<Span> frame = new ArrayList<>(List.of(new Span(content.end(), s.length())));
        if (verb.startsWith("report") && !speaker.isPerson()) {
            outlet = speaker.organisation();
            Optional<Attributed> inner = clauseSpeaker(s, toks, mask, v - 1);
            if (inner.isPresent()) {
                Span c = inner.get().content();
                Span narrowed = new Span(c.start(), content.end());
                return Optional.of(new Attributed(narrowed, inner.get().speaker(), outlet, verb,
                        false, List.of(new Span(0, narrowed.start()), frame.get(0))));
            }
        }
        return Optional.of(new Attributed(content, speaker, outlet, verb, continues, frame));
    }

    /** The speaker of a clause whose verb is itself a speech act: "Minister X expressed concern". */
    private Optional<Attributed> clauseSpeaker(String s, List<Tok> toks, boolean[] mask, int last) {
        for (int i = 1; i <= last; i++) {
            if (mask[toks.get(i).start()] || !words.speechActVerbs.contains(toks.get(i).lower()) || toks.get(i - 1).closesPhrase()) {
                continue;
            }
            int start = phrases.scanBack(toks, i - 1);
            if (start <= i - 1) {
                Optional<FoundSpeaker> who = phrases.parse(s.substring(toks.get(start).start(), toks.get(i - 1).end()));
                if (who.isPresent() && who.get().isPerson()) {
                    return Optional.of(new Attributed(new Span(toks.get(start).start(), s.length()), who.get(), null,
                            toks.get(i).lower(), false, List.of()));
                }
            }
        }
        return Optional.empty();
    }

    /** "P, according to Y" and "According to Y, P". */
    private Optional<Attributed> accordingTo(String s, List<Tok> toks, boolean[] mask) {
        for (String cue : words.outletCues) {
            if (words.audienceCues.contains(cue)) {
                continue;
            }
            String lower = s.toLowerCase(Locale.ROOT);
            int at = lower.indexOf(cue + " ");
            if (at < 0 || mask[at] || at > 0 && Character.isLetter(lower.charAt(at - 1))) {
                continue;
            }
            int first = tokenAt(toks, at + cue.length() + 1);
            for (int k = first + 1; first >= 0 && k < toks.size() && k <= first + 3; k++) {
                String w = toks.get(k).lower();
                if ((w.equals("from") || w.equals("by")) && k + 1 < toks.size()) {
                    first = k + 1; // "according to a statement from the forestry department": the department
                    break;
                }
            }
            for (int k = first; first >= 0 && k <= Math.min(toks.size() - 1, first + 3); k++) {
                if (toks.get(k).capitalised() && !toks.get(k).lower().equals("the")) {
                    first = k; // "the newspaper Publico": the name, not its description
                    break;
                }
            }
            int end = first < 0 ? first : phrases.scanForward(toks, first);
            if (first < 0 || end == first) {
                continue;
            }
            Optional<FoundSpeaker> who = phrases.parse(s.substring(toks.get(first).start(), toks.get(end - 1).end()));
            if (who.isEmpty()) {
                continue;
            }
            String org = who.get().organisation();
            // a body only described carried its own remark ("according to the state forestry department"), unless
            // it is an outlet ("according to the newspaper")
            boolean described = org != null && !org.isEmpty() && Character.isLowerCase(org.charAt(0))
                    && java.util.Arrays.stream(org.toLowerCase(Locale.ROOT).split(" ")).noneMatch(words.outletWords::contains);
            String outlet = who.get().isPerson() || described ? null : capitalisedTail(org);
            Span cueSpan = new Span(at, toks.get(end - 1).end());
            Span content = at == 0 ? new Span(Math.min(s.length(), cueSpan.end() + 1), s.length())
                    : new Span(0, Math.max(0, at - 1));
            if (Tok.of(content.of(s)).size() < MIN_CLAUSE_TOKENS) {
                continue;
            }
            List<Span> frame = at == 0 ? List.of(new Span(0, content.start())) : List.of(new Span(content.end(), s.length()));
            return Optional.of(new Attributed(content, who.get(), outlet, "according to", false, frame));
        }
        return Optional.empty();
    }

    /**
     * Where the reported clause starts after the verb (and its outlet or audience), past a date
     * phrase: after "that" or ":", at a quotation, or at the next word ("said on Tuesday the plant
     * would close"); -1 when what follows is a trailing phrase after a comma ("said, blaming ...").
     */
    private int contentStart(List<Tok> toks, boolean[] mask, int from) {
        if (from > 0 && from - 1 < toks.size() && toks.get(from - 1).text().endsWith(":")) {
            return from < toks.size() ? from : -1;
        }
        int k = from;
        while (k < toks.size() && (isDateWord(toks.get(k)) || toks.get(k).word().isEmpty()) && !toks.get(k).opensWithQuote()) {
            k++;
            if (toks.get(k - 1).text().endsWith(":")) {
                return k < toks.size() ? k : -1;
            }
            if (toks.get(k - 1).text().endsWith(",")) {
                return -1;
            }
        }
        if (k >= toks.size()) {
            return -1;
        }
        if (toks.get(k).lower().equals("that") && !mask[toks.get(k).start()]) {
            return k + 1 < toks.size() ? k + 1 : -1;
        }
        if (words.framePrepositions.contains(toks.get(k).lower())) { // "said in an interview with X that P"
            for (int t = k + 1; t < toks.size() && t <= k + 10 && !mask[toks.get(t).start()]; t++) {
                if (toks.get(t).lower().equals("that")) {
                    return t + 1 < toks.size() ? t + 1 : -1;
                }
            }
        }
        return k;
    }

    /** The outlet named in the attribution between the verb and the claim ("in an interview with the BBC"). */
    private String outletBetween(String s, List<Tok> toks, int from, int to) {
        if (from >= to || to > toks.size()) {
            return null;
        }
        String between = s.substring(toks.get(from).start(), toks.get(to - 1).end());
        String lower = between.toLowerCase(Locale.ROOT);
        for (String cue : words.outletCues) {
            int at = lower.indexOf(cue + " ");
            if (at >= 0 && !words.audienceCues.contains(cue)) {
                List<Tok> rest = Tok.of(between.substring(at + cue.length() + 1));
                int first = 0;
                while (first < rest.size() - 1 && !rest.get(first).capitalised()) {
                    first++;
                }
                int end = phrases.scanForward(rest, first);
                if (end > first && rest.get(first).capitalised()) {
                    return between.substring(at + cue.length() + 1).substring(rest.get(first).start(), rest.get(end - 1).end())
                            .replaceAll("[,.;:]+$", "");
                }
            }
        }
        return null;
    }

    private boolean isDateWord(Tok t) {
        String w = t.lower();
        return words.dateWords.contains(w) || words.numbers.containsKey(w) || w.matches("\\d{1,4}(st|nd|rd|th)?")
                || java.util.Arrays.stream(java.time.DayOfWeek.values()).anyMatch(d -> d.name().equalsIgnoreCase(w))
                || java.util.Arrays.stream(java.time.Month.values()).anyMatch(m -> m.name().equalsIgnoreCase(w)
                        || w.length() >= 3 && m.name().toLowerCase(Locale.ROOT).startsWith(w.replace(".", "")));
    }

    /** "newspaper Publico" -> "Publico": the outlet is its name, not the word describing it. */
    static String capitalisedTail(String phrase) {
        if (phrase == null) {
            return null;
        }
        List<Tok> toks = Tok.of(phrase);
        int i = 0;
        while (i < toks.size() - 1 && !toks.get(i).capitalised()) {
            i++;
        }
        return phrase.substring(toks.get(i).start());
    }

    private static boolean endsClause(Tok t) {
        return t.text().matches(".*[,\"\u201D\u2026]$");
    }

    private static int tokenAt(List<Tok> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= offset) {
                return i;
            }
        }
        return -1;
    }

    private static Attributed shift(Attributed a, int by) {
        List<Span> frame = a.frame().stream().map(f -> new Span(f.start() + by, f.end() + by)).toList();
        return new Attributed(new Span(a.content().start() + by, a.content().end() + by), a.speaker(), a.outlet(),
                a.verb(), a.continues(), frame);
    }
}
