package dev.nicepick.verdicts.engine;

/** Why the winner is the winner. */
public enum Reason {
    /** Fewer counted votes than the minimum: readers cannot move the pick yet. */
    TOO_FEW_VOTES,
    /** The editorial pick stands: no challenger reached the threshold. */
    EDITORIAL_PICK_KEPT,
    /** A challenger reached the threshold: readers took the pick from the editors. */
    READERS_OVERTURNED,
    /** Readers' earlier choice stands: no other option reached the threshold. */
    READERS_PICK_KEPT,
    /** Readers moved the pick back to the editors' choice. */
    READERS_RESTORED_EDITORIAL_PICK
}
