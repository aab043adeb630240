package io.anshim.identity;

import jakarta.ejb.Local;
import java.util.List;

/**
 * A signed-in citizen's own account: profile, contact details, sessions. Every call names the
 * caller; a citizen may only ever read or change their own data.
 */
@Local
public interface CitizenAccounts {

  /** Whether the session is still open; if not, why it ended (for the tab's message). */
  SessionCheck check(String sessionId);

  void signOut(String sessionId);

  /** The HTTP session holding this citizen session timed out (or was invalidated). */
  void expired(String sessionId);

  CitizenProfile profile(CitizenCaller caller, long citizenId);

  CitizenProfile changeMobile(CitizenCaller caller, long citizenId, String mobile);

  List<SessionView> sessions(CitizenCaller caller, long citizenId);

  /** Ends every open session of the citizen, this one included. */
  void signOutEverywhere(CitizenCaller caller, long citizenId);
}
