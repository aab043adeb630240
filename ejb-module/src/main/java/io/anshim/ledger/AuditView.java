package io.anshim.ledger;

/** The operator's audit of the stored log; {@code firstTamperedIndex} is null when it is intact. */
public record AuditView(
    boolean intact,
    long entriesChecked,
    long subtreesChecked,
    int checkpointsChecked,
    String recomputedRoot,
    Long firstTamperedIndex,
    String finding) {}
