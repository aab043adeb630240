package io.anshim.identity;

import java.io.Serializable;

/**
 * A citizen signed in: kept in the HTTP session (by the web module) to say who the session is.
 * {@code sessionId} names the citizen_session row; it never leaves the server.
 */
public record SignedIn(long citizenId, String sessionId, String name, boolean firstSignIn)
    implements Serializable {

  /** The caller of the citizen services this session stands for. */
  public CitizenCaller caller() {
    return new CitizenCaller(citizenId, sessionId);
  }
}
