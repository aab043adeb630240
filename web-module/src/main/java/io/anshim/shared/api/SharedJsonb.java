package io.anshim.shared.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every API request. Without a resolver, RESTEasy builds a new {@link
 * Jsonb} (a provider lookup through the class loader and a fresh mapping cache) for every body it
 * reads or writes, which was a tenth of a booking request's time. Default configuration, so the
 * JSON is the same as before. Jsonb instances are thread-safe.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  /** Also for the few fast lanes that answer without JAX-RS, so their JSON is the same. */
  public static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
