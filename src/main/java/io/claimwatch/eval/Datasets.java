package io.claimwatch.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the public evaluation sets by name and format: the GLUE diagnostic TSV, the RTE-style
 * contradiction XML files, and the NaN-NLI CSV.
 */
public final class Datasets {

    private Datasets() {}

    private static final List<String> GLUE_PHENOMENA = List.of("Lexical Semantics", "Predicate-Argument Structure",
            "Logic", "Knowledge");

    public static List<LabeledPair> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tsv")) {
            return glue(file);
        }
        if (name.endsWith(".xml")) {
            return pairsXml(file);
        }
        if (name.endsWith(".csv")) {
            return nanNli(file);
        }
        throw new IllegalArgumentException(file + ": expected a .tsv (GLUE diagnostic), .xml (RTE pairs) or .csv (NaN-NLI)");
    }

    private static List<LabeledPair> glue(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int premise = header.indexOf("Premise");
        int hypothesis = header.indexOf("Hypothesis");
        int label = header.indexOf("Label");
        int domain = header.indexOf("Domain");
        List<LabeledPair> pairs = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cols = lines.get(i).split("\t", -1);
            List<String> categories = new ArrayList<>();
            for (String phenomenon : GLUE_PHENOMENA) {
                int col = header.indexOf(phenomenon);
                if (col >= 0 && col < cols.length && !cols[col].isBlank()) {
                    for (String tag : cols[col].split(";")) {
                        categories.add(phenomenon + ": " + tag.trim());
                    }
                }
            }
            pairs.add(new LabeledPair("glue-" + i, cols[premise], cols[hypothesis],
                    cols[label].trim().equalsIgnoreCase("contradiction"), categories, domain >= 0 ? cols[domain].trim() : ""));
        }
        return pairs;
    }

    private static List<LabeledPair> pairsXml(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(file.toFile());
            NodeList nodes = doc.getElementsByTagName("pair");
            List<LabeledPair> pairs = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element pair = (Element) nodes.item(i);
                String type = pair.getAttribute("type");
                pairs.add(new LabeledPair(pair.getAttribute("id"), text(pair, "t"), text(pair, "h"),
                        pair.getAttribute("contradiction").equalsIgnoreCase("YES"),
                        type.isBlank() ? List.of() : List.of(type), ""));
            }
            return pairs;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(file + " is not a readable pair XML file: " + e.getMessage(), e);
        }
    }

    private static String text(Element pair, String tag) {
        NodeList list = pair.getElementsByTagName(tag);
        return list.getLength() == 0 ? "" : list.item(0).getTextContent().trim();
    }

    private static List<LabeledPair> nanNli(Path file) throws IOException {
        List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        int premise = header.indexOf("premise");
        int hypothesis = header.indexOf("hypothesis");
        int label = header.indexOf("label");
        int construction = header.indexOf("Construction");
        List<LabeledPair> pairs = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() <= Math.max(premise, hypothesis)) {
                continue;
            }
            String kind = construction >= 0 && construction < row.size() ? row.get(construction).trim() : "";
            pairs.add(new LabeledPair("nan-" + i, row.get(premise), row.get(hypothesis),
                    row.get(label).trim().equalsIgnoreCase("contradiction"), kind.isEmpty() ? List.of() : List.of(kind), ""));
        }
        return pairs;
    }
}
