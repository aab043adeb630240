package io.anshim.identity.api;

import io.anshim.identity.SmsMessageView;
import io.anshim.identity.SmsOutbox;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Demo only: the SMS outbox, standing in for the SMS gateway (and the apps' notifications) the demo
 * does not have. The same list as /dev/sms-outbox.xhtml.
 */
@Path("dev/sms-outbox")
@Produces(MediaType.APPLICATION_JSON)
public class SmsOutboxResource {

  @Inject private SmsOutbox outbox;

  @GET
  public List<SmsMessageView> messages(@QueryParam("reference") String reference) {
    return reference == null || reference.isBlank() ? outbox.latest(50) : outbox.about(reference);
  }
}
