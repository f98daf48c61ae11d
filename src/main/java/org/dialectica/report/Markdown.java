package org.dialectica.report;

/**
 * A report as Markdown (CommonMark with GitHub's tables). What the map's authors typed is text:
 * Markdown's own characters in it are escaped, so a title never turns into a link or a heading.
 */
final class Markdown {
    private Markdown() {}

    static String of(MapReport report) {
        StringBuilder md = new StringBuilder("# ").append(inline(report.title())).append("\n");
        for (Block block : report.blocks()) {
            md.append('\n');
            switch (block) {
                case Block.Heading h -> md.append("#".repeat(h.level())).append(' ').append(inline(h.text())).append('\n');
                case Block.Paragraph p -> md.append(inline(p.text())).append('\n');
                case Block.Fields f -> f.fields().forEach(field ->
                        md.append("- **").append(inline(field.name())).append(":** ").append(inline(field.value())).append('\n'));
                case Block.Items items -> items.items().forEach(item -> {
                    md.append("- **").append(inline(item.lead())).append("**");
                    if (!item.text().isEmpty()) md.append(' ').append(inline(item.text()));
                    md.append('\n');
                    item.details().forEach(d -> md.append("  - ").append(inline(d)).append('\n'));
                });
                case Block.Table t -> {
                    row(md, t.header());
                    md.append("|---".repeat(t.header().size())).append("|\n");
                    t.rows().forEach(r -> row(md, r));
                }
            }
        }
        return md.toString();
    }

    private static void row(StringBuilder md, java.util.List<String> cells) {
        md.append('|');
        cells.forEach(c -> md.append(' ').append(inline(c)).append(" |"));
        md.append('\n');
    }

    /** One line of text: line breaks become spaces and Markdown's characters are escaped (also | in tables). */
    static String inline(String text) {
        if (text == null) return "";
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").replaceAll("([\\\\`*_\\[\\]<>#|~])", "\\\\$1");
    }
}
