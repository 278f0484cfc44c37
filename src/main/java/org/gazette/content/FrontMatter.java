package org.gazette.content;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.NodeType;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The YAML block at the top of a Markdown file, between a first line {@code ---} and the next line
 * {@code ---} (or {@code ...}), split from the Markdown after it.
 *
 * @param entries the keys in file order, each with its value and the line it is on
 * @param body    the Markdown after the closing line (the whole text when there is no front matter)
 */
record FrontMatter(Map<String, Entry> entries, String body) {

    /** A value as SnakeYAML constructs it (String, Boolean, Integer, List, Map… or null), and its 1-based line in the file. */
    record Entry(Object value, int line) {}

    /** Why front matter cannot be read, and the 1-based line of the file where the problem is. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    // The YAML 1.2 core schema: true/false, null and ~, numbers; dates stay text. LoadSettings is
    // immutable, so one instance serves every thread.
    private static final LoadSettings SETTINGS = LoadSettings.builder().setSchema(new CoreSchema()).build();

    /** Splits {@code text} (line ends of any kind) and parses its front matter, if it starts with one. */
    static FrontMatter read(String text) throws Malformed {
        int end = lineEnd(text, 0);
        if (!isFence(text, 0, end, "---")) return new FrontMatter(Map.of(), text);
        int yamlStart = nextLine(text, end);
        for (int start = yamlStart; start < text.length(); ) {
            end = lineEnd(text, start);
            if (isFence(text, start, end, "---") || isFence(text, start, end, "...")) {
                return new FrontMatter(parse(text.substring(yamlStart, start)), text.substring(nextLine(text, end)));
            }
            start = nextLine(text, end);
        }
        throw new Malformed(1, "front matter starts at line 1 but has no closing ---");
    }

    private static Map<String, Entry> parse(String yaml) throws Malformed {
        try {
            Optional<Node> root = new Compose(SETTINGS).composeString(yaml);
            if (root.isEmpty()) return Map.of();
            if (!(root.get() instanceof MappingNode mapping)) {
                String found = root.get().getNodeType() == NodeType.SEQUENCE ? "a list" : "a single value";
                throw new Malformed(fileLine(root.get().getStartMark()),
                        "front matter is not a set of 'key: value' lines (found " + found + ")");
            }
            // Construct key by key rather than the whole mapping, to keep each key's line for warnings.
            StandardConstructor constructor = new StandardConstructor(SETTINGS);
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                int line = fileLine(tuple.getKeyNode().getStartMark());
                if (recursive(tuple.getValueNode(), Collections.newSetFromMap(new IdentityHashMap<>()))) {
                    // A value that contains itself would overflow the stack of whoever walks it later.
                    throw new Malformed(line, "malformed YAML front matter: the value of this key contains itself");
                }
                String key = String.valueOf(constructor.constructSingleDocument(Optional.of(tuple.getKeyNode())));
                Object value = constructor.constructSingleDocument(Optional.of(tuple.getValueNode()));
                if (entries.putIfAbsent(key, new Entry(value, line)) != null) {
                    throw new Malformed(line, "malformed YAML front matter: duplicate key '" + key + "'");
                }
            }
            return Collections.unmodifiableMap(entries);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> where = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            throw new Malformed(fileLine(where), "malformed YAML front matter: "
                    + Objects.requireNonNullElse(e.getProblem(), e.getMessage()));
        } catch (YamlEngineException e) {
            throw new Malformed(1, "malformed YAML front matter: " + e.getMessage());
        }
    }

    /**
     * Whether an alias inside {@code node} points back at an enclosing node. SnakeYAML flags the
     * node such an alias points to; {@code seen} keeps a shared (aliased) node from being walked twice.
     */
    private static boolean recursive(Node node, Set<Node> seen) {
        if (node.isRecursive()) return true;
        if (!seen.add(node)) return false;
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().anyMatch(item -> recursive(item, seen));
        }
        if (node instanceof MappingNode mapping) {
            return mapping.getValue().stream()
                    .anyMatch(t -> recursive(t.getKeyNode(), seen) || recursive(t.getValueNode(), seen));
        }
        return false;
    }

    /** SnakeYAML counts lines from 0 within the YAML; the file has the opening {@code ---} above it. */
    private static int fileLine(Optional<Mark> mark) {
        return mark.map(m -> m.getLine() + 2).orElse(1);
    }

    private static boolean isFence(String text, int start, int end, String fence) {
        return text.startsWith(fence, start) && text.substring(start + fence.length(), end).isBlank();
    }

    /** Index of the line break ending the line that starts at {@code start}, or the text's length. */
    private static int lineEnd(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
        return i;
    }

    /** Index after the line break at {@code end} ({@code \r\n}, {@code \n} or {@code \r}). */
    private static int nextLine(String text, int end) {
        if (end >= text.length()) return end;
        return text.startsWith("\r\n", end) ? end + 2 : end + 1;
    }
}
