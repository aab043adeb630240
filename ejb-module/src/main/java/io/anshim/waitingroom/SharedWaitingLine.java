package io.anshim.waitingroom;

import io.anshim.shared.KeyFolder;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.infinispan.Cache;

/**
 * The server's one {@link WaitingLine}, over the caches "anshim/waiting-room-places",
 * "anshim/waiting-room-tickets" and "anshim/waiting-room-state" that wildfly-config defines,
 * signing with the key "admission.key" of the key folder.
 */
@ApplicationScoped
public class SharedWaitingLine {

  @Resource(lookup = "java:jboss/infinispan/cache/anshim/waiting-room-places")
  private Cache<Long, Place> places;

  @Resource(lookup = "java:jboss/infinispan/cache/anshim/waiting-room-tickets")
  private Cache<Long, Long> waitingTickets;

  @Resource(lookup = "java:jboss/infinispan/cache/anshim/waiting-room-state")
  private Cache<String, Object> state;

  @Inject private KeyFolder keys;
  @Inject private Clock clock;

  private WaitingLine line;

  @PostConstruct
  void open() {
    line =
        new WaitingLine(
            places,
            waitingTickets,
            state,
            new AdmissionSigner(keys.secret("admission.key")),
            clock);
  }

  public WaitingLine line() {
    return line;
  }

  /** Whether the line's caches are this node's alone, so its calls never wait on the network. */
  public boolean local() {
    return !places.getCacheConfiguration().clustering().cacheMode().isClustered()
        && !waitingTickets.getCacheConfiguration().clustering().cacheMode().isClustered()
        && !state.getCacheConfiguration().clustering().cacheMode().isClustered();
  }
}
