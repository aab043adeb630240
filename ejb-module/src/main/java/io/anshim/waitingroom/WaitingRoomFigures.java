package io.anshim.waitingroom;

/**
 * The operator's view of the waiting room: the settings, people still waiting (tickets not yet
 * admitted, abandoned ones included until their turn passes), places held, and admissions per
 * second measured over the last five seconds on this node.
 */
public record WaitingRoomFigures(
    double ratePerSecond,
    long admissionSeconds,
    long placeIdleSeconds,
    long waiting,
    long places,
    double admittedPerSecond,
    long ticketsIssued,
    long servedUpTo) {}
