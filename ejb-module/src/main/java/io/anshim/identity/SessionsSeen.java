package io.anshim.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Citizen sessions' last-seen times (the devices list, to the minute), written every 10 seconds for
 * all sessions seen meanwhile in one transaction, instead of a write and a commit by the request
 * that saw the session. A time not yet written when the server stops is lost: the list then shows
 * the session seen up to 10 s earlier than it was.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SessionsSeen {

  static final int CHUNK = 500;

  private final SeenNotes notes = new SeenNotes();

  @Inject private CitizenRepository repository;

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void seen(String sessionId, Instant at) {
    notes.seen(sessionId, at);
  }

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void write() {
    if (notes.isEmpty()) {
      return;
    }
    for (SeenNotes.Chunk chunk : notes.take(CHUNK)) {
      repository.markSeen(chunk.sessionIds(), chunk.at());
    }
  }
}
