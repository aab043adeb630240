package io.anshim.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Citizens, their verifications and sessions, the SMS outbox, and self-registered staff. */
public interface CitizenRepository {

  Optional<Citizen> citizen(long id);

  /** The citizen, locked for the rest of the transaction (one sign-in at a time per person). */
  Optional<Citizen> citizenForUpdate(long id);

  Optional<Citizen> citizenByResidentNumberHash(String hash);

  void add(Citizen citizen);

  void add(IdentityVerification verification);

  /** The verification, locked for the rest of the transaction (answers are counted one by one). */
  Optional<IdentityVerification> verificationForUpdate(String id);

  long startsBySubject(String subjectHash, Instant since);

  long startsFromAddress(String clientAddress, Instant since);

  Optional<Instant> lockedUntil(String subjectHash, Instant now);

  void add(CitizenSession session);

  Optional<CitizenSession> session(String id);

  List<CitizenSession> openSessions(long citizenId);

  List<CitizenSession> recentSessions(long citizenId, int max);

  /** Moves the sessions' last-seen time forward to {@code at} (never back); how many moved. */
  int markSeen(Collection<String> sessionIds, Instant at);

  void add(SmsMessage message);

  List<SmsMessage> latestMessages(int max);

  List<SmsMessage> messagesFor(String reference);

  Optional<StaffAccount> staffAccount(String username);

  Optional<StaffAccount> staffAccount(long id);

  /** Accounts with one of these roles, newest first. */
  List<StaffAccount> staffAccounts(Collection<String> roles, int offset, int count);

  long countStaffAccounts(Collection<String> roles);

  boolean businessNumberTaken(String businessNumber);

  void add(StaffAccount account);

  void add(BusinessOwner owner);
}
