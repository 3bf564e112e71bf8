package io.claimwatch.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Values for an OpenAPI schema, mostly plausible, sometimes hostile: strings from known ids and
 * dates, random code points from all of Unicode, and from a list of classics (NUL, huge,
 * look-alike digits, SQL). Now and then a value of the wrong JSON type, which the caller is told
 * about through {@link #coerced()}: the server must refuse such a request.
 */
public final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> CLASSICS = List.of("", " ", "\u0000", "a\u0000b", "x".repeat(30_000), "%00", "%zz",
            "'; drop table statement; --", "\uD83D\uDE00", "\u0663", "+1", "00001", "-1", "9223372036854775807", "${jndi:x}",
            "<script>", "2016-13-45", "2016-02-30", "0000", "9999-12-31/0001-01-01", "null", "true", "\u202Etxt", "k1:");
    private static final List<String> DATES = List.of("2016-02-17", "2016-02", "2016", "2016-02-08/2016-02-15", "2015-12-31");
    private static final List<String> TEXTS = List.of("The talks have not yet begun.", "The two countries had begun talks.",
            "At least 19 people were killed.", "talks", "THAAD");
    private final JsonNode spec;
    private final Random random;
    private final List<String> ids;
    private boolean coerced;
    private int hostility;
    private boolean calm;

    /** {@code ids}: ids and slugs that exist, so that most requests get past the lookups to the code behind them. */
    public SchemaValues(JsonNode spec, Random random, List<String> ids) {
        this.spec = spec;
        this.random = random;
        this.ids = ids;
    }

    /** Whether a value of the wrong type went into what was made since the last {@link #reset()}. */
    public boolean coerced() {
        return coerced;
    }

    public void clearCoerced() {
        coerced = false;
    }

    /** A new request: half of them mostly plausible (one odd value gets through to the code behind), half wild. */
    public void reset() {
        coerced = false;
        calm = random.nextBoolean();
        hostility = calm ? 25 : 40;
    }

    /** Whether the next value is to be hostile: in a calm request only the first one drawn so. */
    private boolean hostileNow() {
        if (random.nextInt(100) >= hostility) {
            return false;
        }
        if (calm) {
            hostility = 0;
        }
        return true;
    }

    public JsonNode resolve(JsonNode node) {
        while (node != null && node.has("$ref")) {
            node = spec.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /** A string for a parameter or field called {@code name}: plausible for its name, or hostile. */
    public String text(String name, JsonNode schema) {
        boolean hostile = hostileNow();
        int pick = random.nextInt(4);
        if (hostile && pick == 0) {
            return unicode();
        }
        if (hostile && pick == 1) {
            return CLASSICS.get(random.nextInt(CLASSICS.size()));
        }
        List<String> pool = new ArrayList<>();
        if (schema != null) {
            schema.path("examples").forEach(e -> pool.add(e.asText()));
        }
        String lower = name.toLowerCase();
        if (lower.endsWith("on") || lower.equals("from") || lower.equals("to")) {
            pool.addAll(DATES);
        } else if (lower.endsWith("id") || lower.endsWith("ids") || lower.equals("reviewer")) {
            pool.addAll(ids);
        } else if (lower.equals("url")) {
            pool.add("https://example.org/a");
        } else if (lower.equals("language")) {
            pool.add("en");
        } else {
            pool.addAll(TEXTS);
        }
        String plausible = pool.get(random.nextInt(pool.size()));
        return hostile ? twist(plausible) : plausible;
    }

    /** A plausible value made wrong in one way: a NUL or control inside, far too long, look-alike digits, padding. */
    private String twist(String plausible) {
        int at = random.nextInt(plausible.length() + 1);
        return switch (random.nextInt(6)) {
            case 0, 1 -> plausible.substring(0, at) + "\u0000" + plausible.substring(at);
            case 2 -> plausible.substring(0, at) + (char) random.nextInt(0x20) + plausible.substring(at);
            case 3 -> plausible + "x".repeat(random.nextBoolean() ? 300 : 20_000);
            case 4 -> plausible.replace('1', '\u0661').replace('2', '\uff12');
            default -> random.nextBoolean() ? " " + plausible + " " : plausible.toUpperCase();
        };
    }

    public JsonNode value(JsonNode schema, String name, int depth) {
        schema = resolve(schema);
        if (schema == null || depth > 6) {
            return NODES.textNode(text(name, schema));
        }
        if (schema.has("enum") && !hostileNow()) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        for (String choice : new String[] {"oneOf", "anyOf", "allOf"}) {
            if (schema.has(choice)) {
                return value(schema.get(choice).get(random.nextInt(schema.get(choice).size())), name, depth + 1);
            }
        }
        List<String> types = new ArrayList<>();
        if (schema.path("type").isArray()) {
            schema.get("type").forEach(t -> types.add(t.asText()));
        } else {
            types.add(schema.path("type").asText(schema.has("properties") ? "object" : "string"));
        }
        if (random.nextInt(4) == 0 && hostileNow()) {
            coerced = true; // another JSON type than the schema allows
            return wrongType(types);
        }
        String type = types.get(random.nextInt(types.size()));
        return switch (type) {
            case "null" -> NODES.nullNode();
            case "integer" -> NODES.numberNode(hostileNow() ? random.nextLong()
                    : name.toLowerCase().endsWith("id") ? Long.parseLong(ids.get(ids.size() - 1)) : random.nextInt(60) + 1);
            case "number" -> NODES.numberNode(hostileNow() ? random.nextGaussian() * 1e6 : random.nextDouble());
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> array(schema, name, depth);
            case "object" -> object(schema, depth);
            default -> NODES.textNode(text(name, schema));
        };
    }

    private JsonNode wrongType(List<String> allowed) {
        List<JsonNode> others = new ArrayList<>();
        if (!allowed.contains("string")) {
            others.add(NODES.textNode(random.nextBoolean() ? "5" : "true"));
        }
        if (!allowed.contains("integer") && !allowed.contains("number")) {
            others.add(NODES.numberNode(123));
            others.add(NODES.numberNode(1.5));
        }
        if (!allowed.contains("boolean")) {
            others.add(NODES.booleanNode(true));
        }
        if (!allowed.contains("array")) {
            others.add(NODES.arrayNode().add("x"));
        }
        if (!allowed.contains("object")) {
            others.add(NODES.objectNode().put("a", 1));
        }
        return others.get(random.nextInt(others.size()));
    }

    private ArrayNode array(JsonNode schema, String name, int depth) {
        ArrayNode array = NODES.arrayNode();
        int size = random.nextInt(8) == 0 && hostileNow() ? 60 : random.nextInt(4);
        for (int i = 0; i < size; i++) {
            array.add(value(schema.get("items"), name, depth + 1));
        }
        return array;
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Iterator<String> names = schema.path("properties").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (random.nextInt(10) < (required.contains(name) ? 9 : 6)) {
                object.set(name, value(schema.get("properties").get(name), name, depth + 1));
            }
        }
        if (random.nextInt(8) == 0 && hostileNow()) {
            object.put("unexpected" + random.nextInt(3), "x");
        }
        return object;
    }

    /** Up to 80 code points: mostly ASCII, some from anywhere in Unicode (controls, surrogate halves, astral planes). */
    private String unicode() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(81);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                text.append((char) (0x20 + random.nextInt(0x5f)));
            } else if (kind < 8) {
                text.appendCodePoint(random.nextInt(0x3000));
            } else if (kind < 9) {
                text.append((char) (0xd800 + random.nextInt(0x800))); // a lone surrogate half
            } else {
                text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        return text.toString();
    }
}
