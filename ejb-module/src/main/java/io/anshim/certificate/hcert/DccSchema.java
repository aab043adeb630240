package io.anshim.certificate.hcert;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The EU DCC payload schema (ehn-dcc-schema 1.3.3, Apache-2.0, bundled with its LICENSE).
 * Thread-safe once loaded; load it once and share it.
 */
public final class DccSchema {

  private static final String RESOURCE =
      "/io/anshim/certificate/dcc-schema/DCC.combined-schema.json";

  private final JsonSchema schema;

  private DccSchema(JsonSchema schema) {
    this.schema = schema;
  }

  public static DccSchema load() {
    try (InputStream in = DccSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return new DccSchema(
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the payload breaks in the schema; empty when it conforms. */
  public List<String> violations(JsonNode payload) {
    Objects.requireNonNull(payload, "payload");
    return schema.validate(payload).stream().map(ValidationMessage::getMessage).sorted().toList();
  }
}
