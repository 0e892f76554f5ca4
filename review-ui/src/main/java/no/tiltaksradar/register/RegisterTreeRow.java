package no.tiltaksradar.register;

/**
 * One row of the register as a tree.
 *
 * @param depth 0 for a root, 1 for its children, ...
 * @param children how many of the entry's children match the same filters
 */
public record RegisterTreeRow(RegisteredMeasure measure, int depth, int children) {
}
