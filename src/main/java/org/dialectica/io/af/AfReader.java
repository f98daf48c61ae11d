package org.dialectica.io.af;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;

/**
 * Abstract argumentation frameworks in the ICCMA formats: ASPARTIX ({@code .apx}: {@code arg(a).}
 * and {@code att(a,b).}) and trivial graph format ({@code .tgf}: one argument per line, {@code #},
 * then one attack {@code a b} per line). Each argument becomes a claim, each attack an attack.
 */
public final class AfReader {
    private static final Pattern APX_FACT = Pattern.compile("\\s*(arg|att)\\s*\\(\\s*([^,()\\s]+)\\s*(?:,\\s*([^,()\\s]+)\\s*)?\\)\\s*\\.\\s*");

    public static boolean canRead(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".apx") || name.endsWith(".tgf");
    }

    public ReadResult read(Path file) throws IOException, MapFileException {
        String name = file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return name.endsWith(".tgf") ? readTgf(name, text) : readApx(name, text);
    }

    public ReadResult readApx(String fileName, String text) throws MapFileException {
        Set<String> arguments = new LinkedHashSet<>();
        List<String[]> attacks = new ArrayList<>();
        List<int[]> attackLines = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]);
            if (line.isBlank()) continue;
            int lineNo = i + 1;
            Matcher m = APX_FACT.matcher(line);
            if (!m.matches()) {
                throw new MapFileException(fileName, lineNo, firstBad(line),
                        "expected a fact arg(NAME). or att(NAME,NAME). but found '" + line.strip() + "'");
            }
            boolean isArg = m.group(1).equals("arg");
            if (isArg && m.group(3) != null) {
                throw new MapFileException(fileName, lineNo, m.start(3) + 1, "arg(…) takes one argument name");
            }
            if (!isArg && m.group(3) == null) {
                throw new MapFileException(fileName, lineNo, m.end(2) + 1, "att(…) takes two argument names: expected ','");
            }
            if (isArg) {
                arguments.add(m.group(2));
            } else {
                attacks.add(new String[] {m.group(2), m.group(3)});
                attackLines.add(new int[] {lineNo, m.start(2) + 1, m.start(3) + 1});
            }
        }
        for (int i = 0; i < attacks.size(); i++) {
            for (int side = 0; side < 2; side++) {
                if (!arguments.contains(attacks.get(i)[side])) {
                    throw new MapFileException(fileName, attackLines.get(i)[0], attackLines.get(i)[side + 1],
                            "attack names argument '" + attacks.get(i)[side] + "', which no arg(…) fact declares");
                }
            }
        }
        return build(fileName, arguments, attacks);
    }

    public ReadResult readTgf(String fileName, String text) throws MapFileException {
        Set<String> arguments = new LinkedHashSet<>();
        List<String[]> attacks = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        boolean inAttacks = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            int lineNo = i + 1;
            int column = lines[i].indexOf(line.charAt(0)) + 1;
            if (line.equals("#")) {
                if (inAttacks) throw new MapFileException(fileName, lineNo, column, "a second '#': expected one attack 'NAME NAME' per line");
                inAttacks = true;
                continue;
            }
            String[] parts = line.split("\\s+");
            if (!inAttacks) {
                if (parts.length != 1) {
                    throw new MapFileException(fileName, lineNo, column,
                            "expected one argument name per line before '#' but found '" + line + "'");
                }
                arguments.add(parts[0]);
            } else {
                if (parts.length != 2) {
                    throw new MapFileException(fileName, lineNo, column,
                            "expected an attack 'NAME NAME' but found '" + line + "'");
                }
                for (String part : parts) {
                    if (!arguments.contains(part)) {
                        throw new MapFileException(fileName, lineNo, lines[i].indexOf(part) + 1,
                                "attack names argument '" + part + "', which is not listed before '#'");
                    }
                }
                attacks.add(parts);
            }
        }
        if (!inAttacks && !arguments.isEmpty()) {
            throw new MapFileException(fileName, lines.length, 1, "expected a line '#' between the arguments and the attacks");
        }
        return build(fileName, arguments, attacks);
    }

    private static ReadResult build(String fileName, Set<String> arguments, List<String[]> attacks) {
        String id = fileName.replaceFirst("\\.[^.]+$", "");
        ArgumentMap map = new ArgumentMap(id, id);
        map.setAbstractFramework(true);
        map.setDescription("Abstract argumentation framework read from " + fileName);
        for (String argument : arguments) map.putClaim(Claim.of(argument, argument));
        List<MapWarning> warnings = new ArrayList<>();
        for (String[] attack : attacks) map.addAttack(Attack.onClaim(attack[0], attack[1]));
        return new ReadResult(map, warnings);
    }

    private static String stripComment(String line) {
        int percent = line.indexOf('%');
        return percent < 0 ? line : line.substring(0, percent);
    }

    private static int firstBad(String line) {
        // the column after the longest well-formed prefix: where a truncated fact breaks off
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
        return line.length() >= i ? line.stripTrailing().length() + 1 : i + 1;
    }
}
