package io.anshim.identity;

/** The kinds of identity providers Korean services offered in 2021. */
public enum ProviderKind {
  /** The mobile carriers' PASS: a 6-digit code by SMS to the person's own phone. */
  MOBILE_CARRIER,
  /** A messenger app (Kakao): the person approves the request inside the app. */
  MESSENGER,
  /** A portal account (Naver): a one-time code from the portal's app. */
  PORTAL,
  /** A standard OpenID Connect server. */
  OIDC
}
