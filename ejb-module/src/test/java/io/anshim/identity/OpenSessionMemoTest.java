package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpenSessionMemoTest {

  private final OpenSessionMemo memo = new OpenSessionMemo(10_000);

  @Test
  void aSessionFoundOpenIsKnownOpenForItsLifetimeOnly() {
    memo.rememberOpen("s1", 1_000, memo.endingsSoFar());
    assertTrue(memo.knownOpen("s1", 1_000));
    assertTrue(memo.knownOpen("s1", 10_999));
    assertFalse(memo.knownOpen("s1", 11_000));
    assertFalse(memo.knownOpen("s2", 1_000));
  }

  @Test
  void anEndedSessionIsForgottenAtOnce() {
    memo.rememberOpen("s1", 1_000, memo.endingsSoFar());
    memo.ended("s1");
    assertFalse(memo.knownOpen("s1", 1_001));
  }

  @Test
  void aReadBegunBeforeAnEndingRemembersNothing() {
    long before = memo.endingsSoFar();
    // the database said "open", then the session's ending committed before the answer is kept
    memo.ended("s1");
    memo.rememberOpen("s1", 1_000, before);
    assertFalse(memo.knownOpen("s1", 1_001));
  }

  @Test
  void otherSessionsStayKnownAfterAnEnding() {
    memo.rememberOpen("s1", 1_000, memo.endingsSoFar());
    memo.ended("s2");
    assertTrue(memo.knownOpen("s1", 1_001));
  }
}
