package org.dialectica.io.argdown;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The relation symbols that open a line under a statement or argument. The parent is the element
 * the line is indented under, the child the element written after the symbol.
 */
enum RelationSymbol {
    SUPPORTED_BY("+", Kind.SUPPORT, Direction.CHILD_ON_PARENT),
    SUPPORTED_BY_EXPLICITLY("<+", Kind.SUPPORT, Direction.CHILD_ON_PARENT),
    SUPPORTS("+>", Kind.SUPPORT, Direction.PARENT_ON_CHILD),
    ATTACKED_BY("-", Kind.ATTACK, Direction.CHILD_ON_PARENT),
    ATTACKED_BY_EXPLICITLY("<-", Kind.ATTACK, Direction.CHILD_ON_PARENT),
    ATTACKS("->", Kind.ATTACK, Direction.PARENT_ON_CHILD),
    CONTRADICTS("><", Kind.CONTRADICTION, Direction.BOTH),
    UNDERCUTS("_>", Kind.UNDERCUT, Direction.PARENT_ON_CHILD),
    UNDERCUT_BY_EXPLICITLY("<_", Kind.UNDERCUT, Direction.CHILD_ON_PARENT),
    UNDERCUT_BY("_", Kind.UNDERCUT, Direction.CHILD_ON_PARENT);

    enum Kind { SUPPORT, ATTACK, CONTRADICTION, UNDERCUT }

    enum Direction { CHILD_ON_PARENT, PARENT_ON_CHILD, BOTH }

    static final String ALL = Arrays.stream(values()).map(RelationSymbol::symbol).collect(Collectors.joining(" "));

    private final String symbol;
    private final Kind kind;
    private final Direction direction;

    RelationSymbol(String symbol, Kind kind, Direction direction) {
        this.symbol = symbol;
        this.kind = kind;
        this.direction = direction;
    }

    String symbol() { return symbol; }
    Kind kind() { return kind; }
    Direction direction() { return direction; }

    static Optional<RelationSymbol> of(String symbol) {
        return Arrays.stream(values()).filter(s -> s.symbol.equals(symbol)).findFirst();
    }
}
