package io.anshim.waitingroom;

import io.anshim.identity.CitizenCaller;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Objects;

/** The waiting room over the shared line. Touches no database: the line lives in caches. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultWaitingRoom implements WaitingRoom {

  @Inject private SharedWaitingLine shared;
  @Inject private AdmissionGate gate;

  @Override
  @PermitAll
  public PlaceView join(CitizenCaller caller) {
    return shared.line().join(Objects.requireNonNull(caller));
  }

  @Override
  @PermitAll
  public PlaceView mine(CitizenCaller caller) {
    return shared
        .line()
        .mine(Objects.requireNonNull(caller))
        .orElseThrow(() -> new NotFoundException("waitingroom.noPlace"));
  }

  @Override
  @PermitAll
  public AdmissionView admission(CitizenCaller caller, String presentedToken) {
    gate.requireAdmission(caller, presentedToken);
    return new AdmissionView(
        true, caller.citizenId(), shared.line().expiryOf(presentedToken).orElseThrow());
  }

  @Override
  @RolesAllowed("OPERATOR")
  public WaitingRoomFigures figures() {
    return shared.line().figures();
  }

  @Override
  @RolesAllowed("OPERATOR")
  public WaitingRoomFigures change(WaitingRoomSettings settings) {
    if (settings == null) {
      throw new InvalidRequestException("waitingroom.settings.rate");
    }
    return shared.line().change(settings);
  }
}
