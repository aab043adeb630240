package io.anshim.shared.api;

import io.anshim.shared.BusinessException;
import io.anshim.shared.web.UserMessages;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal the caller caused gets its status and a clear message ({@link ApiRefusal}). */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Inject private UserMessages messages;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(BusinessException refusal) {
    return ApiRefusal.of(refusal, RequestLanguage.of(headers), messages).response();
  }
}
