package org.dialectica.reasoning;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * A Drools decision table ({@code .csv}, or {@code .xlsx} carried as Base64 text) turned into DRL,
 * remembering which spreadsheet row each generated rule came from, so that an error in the DRL is
 * reported at its cell ({@code default.csv: cell C7: …}) rather than at a line of text the teacher
 * never saw.
 */
final class DecisionTable {
    /** Drools writes this comment above each rule it generates from a row. */
    private static final Pattern ROW = Pattern.compile("//\\s*rule values at ([A-Z]+)(\\d+)");

    private final String name;
    private final String drl;
    private final List<List<String>> cells; // csv only: the rows as read, for naming the failing cell

    private DecisionTable(String name, String drl, List<List<String>> cells) {
        this.name = name;
        this.drl = drl;
        this.cells = cells;
    }

    static boolean isTable(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".xlsx");
    }

    /** @throws RulesException when the table's layout does not read, naming the file */
    static DecisionTable read(String name, String content) {
        boolean csv = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        try {
            byte[] bytes = csv ? content.getBytes(StandardCharsets.UTF_8) : Base64.getMimeDecoder().decode(content);
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), csv ? InputType.CSV : InputType.XLS);
            return new DecisionTable(name, drl, csv ? rows(content) : List.of());
        } catch (RuntimeException e) {
            // the table's layout (RuleSet, RuleTable, CONDITION/ACTION headers) does not read
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            throw new RulesException(name + ": the decision table does not read: " + why, e);
        }
    }

    String drl() {
        return drl;
    }

    /**
     * Where a line of the generated DRL comes from: the row's cell whose text the line holds (csv),
     * else the row's first cell.
     */
    String place(int line) {
        String[] lines = drl.split("\n", -1);
        String column = null;
        int row = -1;
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher m = ROW.matcher(lines[i]);
            if (m.find()) {
                column = m.group(1);
                row = Integer.parseInt(m.group(2));
                break;
            }
        }
        if (row < 0) return name;
        String text = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        if (row <= cells.size()) {
            // the cell whose values (a cell may hold several, $1, $2 …) the line holds, the longest such
            List<String> values = cells.get(row - 1);
            int best = -1, bestLength = 0;
            for (int c = 0; c < values.size(); c++) {
                int length = 0;
                for (String part : values.get(c).split(",")) {
                    String p = part.strip();
                    if (p.isEmpty()) continue;
                    if (!text.contains(p)) {
                        length = -1;
                        break;
                    }
                    length += p.length();
                }
                if (length > bestLength) {
                    best = c;
                    bestLength = length;
                }
            }
            if (best >= 0) return name + ": cell " + columnName(best) + row;
        }
        return name + ": cell " + column + row;
    }

    private static List<List<String>> rows(String csv) {
        List<List<String>> out = new ArrayList<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(csv))) out.add(r.toList());
        } catch (IOException | RuntimeException e) {
            return List.of(); // the compiler read it; naming cells is a courtesy
        }
        return out;
    }

    static String columnName(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) s.insert(0, (char) ('A' + (i - 1) % 26));
        return s.toString();
    }
}
