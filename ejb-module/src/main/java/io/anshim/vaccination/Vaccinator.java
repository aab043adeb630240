package io.anshim.vaccination;

/** The signed-in vaccinator and the one center their account is bound to. */
public record Vaccinator(String username, long centerId) {}
