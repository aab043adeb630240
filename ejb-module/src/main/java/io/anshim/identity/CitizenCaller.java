package io.anshim.identity;

import java.io.Serializable;

/** The signed-in citizen a request comes from, as the web module's session holds it. */
public record CitizenCaller(long citizenId, String sessionId) implements Serializable {}
