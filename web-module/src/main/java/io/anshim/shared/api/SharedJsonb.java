package io.anshim.shared.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every API call. Without a resolver RESTEasy (6.2) builds a new Jsonb for
 * each body it reads or writes: a ServiceLoader lookup through the module class loader and Yasson's
 * type introspection on every request, which profiling showed as the largest cost of the
 * certificate verifier API. Same default configuration as RESTEasy's own; Jsonb is thread-safe.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
