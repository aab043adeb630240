package io.anshim.identity;

import java.io.Serializable;

/** Where a sign-in comes from: the browser's user agent and the client address. */
public record SessionDevice(String userAgent, String clientAddress) implements Serializable {

  public SessionDevice {
    userAgent =
        userAgent == null ? "" : userAgent.length() > 200 ? userAgent.substring(0, 200) : userAgent;
    clientAddress = clientAddress == null ? "" : clientAddress;
  }
}
