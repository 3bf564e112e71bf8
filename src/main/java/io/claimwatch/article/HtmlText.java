package io.claimwatch.article;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The readable text of an HTML page, one paragraph a line: the {@code <article>} if there is one,
 * without scripts, navigation, headers, footers, asides, forms or figures (captions are not claims).
 */
final class HtmlText {

    private HtmlText() {
    }

    static String of(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, nav, header, footer, aside, form, figure, iframe, svg, button").remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element block : root.select("h1, h2, h3, h4, h5, h6, p, li, blockquote:not(:has(p)), pre")) {
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            String text = root.text().strip();
            return text;
        }
        return String.join("\n\n", paragraphs);
    }
}
