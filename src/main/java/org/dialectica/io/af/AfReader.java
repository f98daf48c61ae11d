package org.dialectica.io.af;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapFormat;
import org.dialectica.io.ReadResult;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Attack;
import org.dialectica.map.Claim;

/**
 * Abstract argumentation frameworks as argument maps: each argument becomes a claim, each attack
 * an attack, for the paths that need a map (frameworks analysed together with Argdown maps, the
 * rule tests). Large frameworks are analysed from the {@link Framework} itself.
 */
public final class AfReader {
    private final int maxArguments;

    public AfReader() {
        this(FrameworkReader.MAX_ARGUMENTS);
    }

    /** A reader that refuses a framework of more than {@code maxArguments} arguments before allocating them. */
    public AfReader(int maxArguments) {
        this.maxArguments = maxArguments;
    }

    public ReadResult read(Path file) throws IOException, MapFileException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in, MapFormat.of(name).orElseThrow());
        }
    }

    public ReadResult read(String fileName, InputStream in, MapFormat format) throws IOException, MapFileException {
        return map(fileName, FrameworkReader.read(fileName, in, format, maxArguments));
    }

    public ReadResult readApx(String fileName, String text) throws MapFileException {
        return map(fileName, FrameworkReader.read(fileName, text, MapFormat.APX, maxArguments));
    }

    public ReadResult readTgf(String fileName, String text) throws MapFileException {
        return map(fileName, FrameworkReader.read(fileName, text, MapFormat.TGF, maxArguments));
    }

    public ReadResult readAf(String fileName, String text) throws MapFileException {
        return map(fileName, FrameworkReader.read(fileName, text, MapFormat.ICCMA_AF, maxArguments));
    }

    private static ReadResult map(String fileName, Framework framework) {
        String id = fileName.replaceFirst("\\.[^.]+$", "");
        ArgumentMap map = new ArgumentMap(id, id);
        map.setAbstractFramework(true);
        map.setDescription("Abstract argumentation framework read from " + fileName);
        for (int i = 0; i < framework.size(); i++) {
            String name = framework.name(i), label = framework.label(i);
            // a TGF label is the argument's text; its name stays its id, which the attacks use
            map.putClaim(Claim.of(name, label == null || label.isEmpty() ? name : label));
        }
        int[] attackers = framework.attackers(), targets = framework.targets();
        for (int k = 0; k < framework.attackCount(); k++) {
            map.addAttack(Attack.onClaim(framework.name(attackers[k]), framework.name(targets[k])));
        }
        return new ReadResult(map, framework.warnings());
    }
}
