package io.claimwatch.console;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Map;

/**
 * Javalin's file renderer over jte templates precompiled at build time (src/main/jte, by the
 * jte Maven plugin), so the shaded jar renders without a compiler or template files on disk.
 */
public final class JteRenderer implements FileRenderer {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    @Override
    public String render(String template, Map<String, ?> model, Context ctx) {
        StringOutput out = new StringOutput();
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) model;
        engine.render(template, params, out);
        return out.toString();
    }
}
