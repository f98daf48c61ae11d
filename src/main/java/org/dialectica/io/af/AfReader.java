package org.dialectica.io.af;

import java.io.IOException;
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

    public ReadResult read(Path file) throws IOException, MapFileException {
        return map(file.getFileName().toString(), FrameworkReader.read(file));
    }

    public ReadResult readApx(String fileName, String text) throws MapFileException {
        return map(fileName, FrameworkReader.read(fileName, text, MapFormat.APX));
    }

    public ReadResult readTgf(String fileName, String text) throws MapFileException {
        return map(fileName, FrameworkReader.read(fileName, text, MapFormat.TGF));
    }

    public ReadResult readAf(String fileName, String text) throws MapFileException {
        return map(fileName, FrameworkReader.read(fileName, text, MapFormat.ICCMA_AF));
    }

    private static ReadResult map(String fileName, Framework framework) {
        String id = fileName.replaceFirst("\\.[^.]+$", "");
        ArgumentMap map = new ArgumentMap(id, id);
        map.setAbstractFramework(true);
        map.setDescription("Abstract argumentation framework read from " + fileName);
        for (int i = 0; i < framework.size(); i++) map.putClaim(Claim.of(framework.name(i), framework.name(i)));
        int[] attackers = framework.attackers(), targets = framework.targets();
        for (int k = 0; k < framework.attackCount(); k++) {
            map.addAttack(Attack.onClaim(framework.name(attackers[k]), framework.name(targets[k])));
        }
        return new ReadResult(map, List.of());
    }
}
