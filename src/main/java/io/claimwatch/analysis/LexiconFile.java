package io.claimwatch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One list of {@code src/main/resources/lexicon/}: linguistic knowledge kept as data, so a linguist
 * adds a word by editing a text file. One entry a line; fields of an entry separated by {@code |};
 * {@code #} starts a comment; blank lines are skipped. The one loader of every lexicon file.
 */
public record LexiconFile(String name, List<List<String>> rows) {

    private static final Map<String, LexiconFile> LOADED = new ConcurrentHashMap<>();

    public LexiconFile {
        rows = List.copyOf(rows);
    }

    /** The file {@code lexicon/NAME.txt} on the class path, read once per JVM; a missing file is a build error. */
    public static LexiconFile load(String name) {
        return LOADED.computeIfAbsent(name, LexiconFile::read);
    }

    /** Every field of every entry, in file order (a plain word list has one field an entry). */
    public Set<String> words() {
        Set<String> words = new LinkedHashSet<>();
        rows.forEach(words::addAll);
        return Set.copyOf(words);
    }

    /** The first field of every entry: the words a list of "word | property" entries is about. */
    public Set<String> heads() {
        Set<String> heads = new LinkedHashSet<>();
        rows.forEach(row -> heads.add(row.get(0)));
        return Set.copyOf(heads);
    }

    /** First fields of the entries that carry {@code property} among their other fields ("fail | negative"). */
    public Set<String> withField(String property) {
        Set<String> heads = new LinkedHashSet<>();
        rows.stream().filter(row -> row.subList(1, row.size()).contains(property)).forEach(row -> heads.add(row.get(0)));
        return Set.copyOf(heads);
    }

    /** Entries of two fields as a map from the first to the second; any other width is a file error. */
    public Map<String, String> pairs() {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (List<String> row : rows) {
            if (row.size() != 2) {
                throw new IllegalStateException("lexicon/" + name + ".txt: expected 'a | b', got " + row);
            }
            pairs.put(row.get(0), row.get(1));
        }
        return Map.copyOf(pairs);
    }

    private static LexiconFile read(String name) {
        String path = "/lexicon/" + name + ".txt";
        try (InputStream in = LexiconFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon file " + path);
            }
            List<List<String>> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) {
                    rows.add(Arrays.stream(entry.split("\\|")).map(String::strip).filter(f -> !f.isEmpty()).toList());
                }
            }
            return new LexiconFile(name, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon file " + path, e);
        }
    }
}
